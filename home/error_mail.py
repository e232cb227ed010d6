"""Error mails that name their request id, so the mail and the log line can be matched."""

import copy

from django.utils.log import AdminEmailHandler as DjangoAdminEmailHandler


class AdminEmailHandler(DjangoAdminEmailHandler):
    def emit(self, record):
        request_id = getattr(record, "request_id", None)
        if request_id:
            record = copy.copy(record)
            record.msg = f"[request {request_id}] {record.msg}"
        super().emit(record)
