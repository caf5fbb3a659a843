"""A local stand-in for Slack's Socket Mode endpoint: one WebSocket (RFC 6455) connection at a time.

The fake Web API answers ``apps.connections.open`` with this server's ``ws://`` address (the
SDK's client connects without TLS to a port other than 443, for such tests). ``send`` pushes an
envelope to the connected app as Slack would (a text frame, unmasked); every text frame the app
sends back (its acknowledgements, masked as a client must) lands in ``received``. Pings are
answered.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def _frame(opcode: int, payload: bytes) -> bytes:
    size = len(payload)
    if size < 126:
        header = struct.pack("!BB", 0x80 | opcode, size)
    elif size < 1 << 16:
        header = struct.pack("!BBH", 0x80 | opcode, 126, size)
    else:
        header = struct.pack("!BBQ", 0x80 | opcode, 127, size)
    return header + payload


class SocketModeStandIn:
    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"ws://127.0.0.1:{self.listener.getsockname()[1]}/link/?ticket=test"
        self.received: list[dict] = []
        self.connected = threading.Event()
        self._changed = threading.Condition()
        self._client: socket.socket | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        try:
            client, _ = self.listener.accept()
        except OSError:
            return
        request = b""
        while b"\r\n\r\n" not in request:
            request += client.recv(4096)
        key = next(line.split(":", 1)[1].strip() for line in request.decode().split("\r\n") if line.lower().startswith("sec-websocket-key"))
        accept = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()
        client.sendall(f"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       f"Sec-WebSocket-Accept: {accept}\r\n\r\n".encode())  # fmt: skip
        self._client = client
        self.send({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0001"}})
        self.connected.set()
        try:
            while True:
                opcode, payload = self._read(client)
                if opcode == 0x9:
                    with self._lock:
                        client.sendall(_frame(0xA, payload))
                elif opcode == 0x1:
                    with self._changed:
                        self.received.append(json.loads(payload))
                        self._changed.notify_all()
                elif opcode == 0x8:
                    return
        except (OSError, ConnectionError):
            return

    @staticmethod
    def _read(client: socket.socket) -> tuple[int, bytes]:
        def exactly(n: int) -> bytes:
            data = b""
            while len(data) < n:
                chunk = client.recv(n - len(data))
                if not chunk:
                    raise ConnectionError("closed")
                data += chunk
            return data

        first, second = exactly(2)
        size = second & 0x7F
        if size == 126:
            size = struct.unpack("!H", exactly(2))[0]
        elif size == 127:
            size = struct.unpack("!Q", exactly(8))[0]
        mask = exactly(4) if second & 0x80 else b"\0\0\0\0"
        data = exactly(size)
        return first & 0x0F, bytes(b ^ mask[i % 4] for i, b in enumerate(data))

    def send(self, envelope: dict) -> None:
        assert self._client is not None
        with self._lock:
            self._client.sendall(_frame(0x1, json.dumps(envelope).encode()))

    def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [m for m in self.received if m.get("envelope_id") == envelope_id]
                if found:
                    return found[0]
                if not self._changed.wait(max(0.0, deadline - time.monotonic())):
                    raise AssertionError(f"no acknowledgement of {envelope_id}; received {self.received}")

    def __enter__(self) -> SocketModeStandIn:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        for sock in (self._client, self.listener):
            if sock is not None:
                try:
                    sock.close()
                except OSError:
                    pass
