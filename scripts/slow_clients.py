"""Hostile slow clients against a server, and how long a reader then waits for a page.

usage: slow_clients.py HOST PORT [--clients N] [--expect-stall]

Opens N connections that send half a request (headers without their end, or a body shorter
than its Content-Length) and then go quiet, then asks for the home page as a reader would.
Prints one line of figures. Exits 1 if the reader did not get the page within the deadline
(or, with --expect-stall, if it did: used to show that bare gunicorn stalls).
"""

import argparse
import http.client
import socket
import sys
import time

DEADLINE = 5.0


def half_sent(host, port, index):
    sock = socket.create_connection((host, port), timeout=5)
    if index % 2:
        sock.sendall(f"GET /?slow={index} HTTP/1.1\r\nHost: {host}\r\nX-Slow: ".encode())
    else:
        head = f"POST /search/ HTTP/1.1\r\nHost: {host}\r\nContent-Length: 100000\r\n\r\n"
        sock.sendall(head.encode() + b"q=" + b"x" * 100)
    return sock


def reader(host, port):
    started = time.monotonic()
    try:
        connection = http.client.HTTPConnection(host, port, timeout=DEADLINE)
        connection.request("GET", "/", headers={"Host": host})
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    except (OSError, http.client.HTTPException):
        return None, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--expect-stall", action="store_true")
    args = parser.parse_args()

    before, before_s = reader(args.host, args.port)
    sockets = [half_sent(args.host, args.port, i) for i in range(args.clients)]
    time.sleep(0.5)
    readers = [reader(args.host, args.port) for _ in range(5)]
    for sock in sockets:
        sock.close()
    ok = [seconds for status, seconds in readers if status == 200]
    print(
        f"slow clients: {args.clients} half-sent requests to {args.host}:{args.port}; "
        f"reader before: HTTP {before} in {before_s * 1000:.0f} ms; "
        f"readers during: {len(ok)}/{len(readers)} got HTTP 200, "
        f"slowest {max(s for _, s in readers) * 1000:.0f} ms (deadline {DEADLINE:.0f} s)"
    )
    served = len(ok) == len(readers)
    if args.expect_stall:
        return 0 if not served else 1
    return 0 if served and before == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
