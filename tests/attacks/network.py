# Send data out (3f): the example has no network.
import os
import socket

port = int(open(os.path.join(os.path.dirname(__file__), "port.txt")).read())
try:
    with socket.create_connection(("127.0.0.1", port), timeout=3) as s:
        s.sendall(b"leaked")
    print("sent")
except OSError as e:
    print("no network:", type(e).__name__)
