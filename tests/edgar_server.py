"""A local stand-in for www.sec.gov that serves real filings from tests/data, for EDGAR_BASE_URL.

Filings are served at EDGAR's own paths (``/Archives/edgar/data/<cik>/<accession>/...txt``),
gzip-compressed when the client accepts it; the index files and the Atom feed of
tests/data/edgar (EDGAR's layouts, listing these filings) at theirs. ``script`` makes a
path answer with given statuses first (``[(429, {"Retry-After": "1"})]``), ``hang`` makes
one never finish its body. Every request is kept (path, time, headers) to check the pace.
"""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).parent / "data"

FILINGS = {
    "/Archives/edgar/data/320193/000119312511009392/0001193125-11-009392.txt": DATA / "apple_q1-fy2011.txt",
    "/Archives/edgar/data/319256/000089109204003383/0000891092-04-003383.txt": DATA / "sears_q2-2004.txt",
    "/Archives/edgar/daily-index/2011/QTR1/form.20110118.idx": DATA / "edgar" / "form.idx",
    "/Archives/edgar/daily-index/2011/QTR1/master.20110118.idx": DATA / "edgar" / "master.idx",
    "/Archives/edgar/daily-index/2011/QTR1/company.20110118.idx": DATA / "edgar" / "company.idx",
    "/cgi-bin/browse-edgar": DATA / "edgar" / "current.atom",
    "/files/company_tickers.json": DATA / "edgar" / "company_tickers.json",
    "/submissions/CIK0000320193.json": DATA / "edgar" / "submissions_CIK0000320193.json",
    "/Archives/edgar/data/320193/000119312512312355/0001193125-12-312355.txt": DATA / "edgar" / "apple_q3-fy2012.txt",
}


class EdgarStandIn:
    def __init__(self) -> None:
        self.requests: list[tuple[str, float, dict[str, str]]] = []
        self.script: dict[str, list[tuple[int, dict[str, str]]]] = {}
        self.hang: set[str] = set()
        self.big: dict[str, int] = {}
        self._lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                with stand_in._lock:
                    stand_in.requests.append((path, time.monotonic(), dict(self.headers)))
                    scripted = stand_in.script.get(path)
                    answer = scripted.pop(0) if scripted else None
                if answer:
                    self.send_response(answer[0])
                    for key, value in answer[1].items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if path in stand_in.hang:
                    self.send_response(200)
                    self.send_header("Content-Length", "1000")
                    self.end_headers()
                    self.wfile.write(b"<SEC-DOCUMENT>")
                    self.wfile.flush()
                    time.sleep(5)
                    return
                if path in stand_in.big:
                    self.send_response(200)
                    self.send_header("Content-Length", str(stand_in.big[path]))
                    self.end_headers()
                    try:
                        for _ in range(stand_in.big[path] // 65536):
                            self.wfile.write(b"x" * 65536)
                    except OSError:
                        pass
                    return
                source = FILINGS.get(path)
                if source is None:
                    self.send_error(404)
                    return
                body = source.read_bytes()
                self.send_response(200)
                if "gzip" in self.headers.get("Accept-Encoding", ""):
                    body = gzip.compress(body)
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> EdgarStandIn:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.requests]
