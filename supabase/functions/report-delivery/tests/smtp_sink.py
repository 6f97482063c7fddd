"""A real SMTP server for the report-delivery tests (Debian's python3-aiosmtpd).

    python3 smtp_sink.py PORT FOLDER

Listens on 127.0.0.1:PORT and stores every message it accepts in FOLDER as N.json: the envelope sender,
the envelope recipients and the raw message (RFC 5322, as received). Prints "ready PORT" once listening and
stops on SIGTERM, or by itself when the process that started it is gone.
"""
import json
import os
import signal
import sys
import time

from aiosmtpd.controller import Controller


class Store:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "data": envelope.original_content.decode("utf-8", "replace"),
        }
        path = os.path.join(self.folder, "%d.json" % self.count)
        with open(path + ".tmp", "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        os.replace(path + ".tmp", path)
        return "250 Message accepted for delivery"


def main():
    port = int(sys.argv[1])
    folder = sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Store(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready %d" % port, flush=True)
    parent = os.getppid()
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    while not stopping and os.getppid() == parent:
        time.sleep(0.2)
    controller.stop()


if __name__ == "__main__":
    main()
