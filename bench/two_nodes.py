#!/usr/bin/env python3
"""Two CertHall nodes on one PostgreSQL behind HAProxy (issue 19, docs/deployment.md "Several nodes").

Started by bench/two-nodes.sh, which provides the jar and a throwaway PostgreSQL cluster. Walks one applicant's journey
through the proxy (register, sign in on one node and use the session on the other, order, identity check, uploads,
signature, QR payment, review, certificate) while node A is killed (SIGKILL) and restarted, then checks in the
database that nothing was lost or duplicated, and that node A's OCSP answer follows a revocation made on node B.
Prints one line per step and exits non-zero at the first failure.
"""
import argparse
import base64
import http.cookiejar
import json
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

PROXY, NODE_A, NODE_B = 18080, 18081, 18082
STAFF_PASSWORD = "Sandbox-2026!"
PASSWORD = "Secret2026a"
T0 = time.monotonic()


def say(text):
    print(f"[{time.monotonic() - T0:6.1f}s] {text}", flush=True)


class Failure(Exception):
    pass


def check(condition, what):
    if not condition:
        raise Failure(what)
    say("ok   " + what)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Http:
    """JSON/form calls with one cookie jar (cookies are per host, not per port: both nodes see the same cookie)."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def call(self, method, path, body=None, token=None, port=PROXY, form=None, raw=None, content_type=None,
             accept="application/json"):
        headers = {"Accept": accept}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        elif form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif raw is not None:
            data = raw
            headers["Content-Type"] = content_type
        if token:
            headers["Authorization"] = "Bearer " + token
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=headers, method=method)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read(), response.headers
        except urllib.error.HTTPError as e:
            return e.code, e.read(), e.headers

    def json(self, method, path, body=None, token=None, port=PROXY, expect=200, **kw):
        status, content, _ = self.call(method, path, body, token, port, **kw)
        if status != expect:
            raise Failure(f"{method} {path} on :{port}: {status} {content[:400]!r}")
        return json.loads(content) if content else None


def resident_id():
    body = "110108" + f"{random.randint(1970, 2000)}{random.randint(1, 12):02d}{random.randint(1, 28):02d}" \
        + f"{random.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def eventually(what, probe, wanted, seconds=90):
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        try:
            last = probe()
            if wanted(last):
                return last
        except (Failure, OSError) as e:
            last = e
        time.sleep(0.5)
    raise Failure(f"{what}: not within {seconds}s (last: {last})")


class Cluster:
    def __init__(self, args):
        self.args = args
        self.work = args.work
        self.data = os.path.join(self.work, "data")
        self.nodes = {}
        self.proxy = None
        self.env = dict(os.environ)
        # both nodes read and write the same keys and blobs (the shared mount of docs/deployment.md)
        self.env.update({
            "CERTHALL_DATA_PROTECTION_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
            "CERTHALL_DOCUMENTS_ENCRYPTION_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
            "CERTHALL_BASE_URL": f"http://127.0.0.1:{PROXY}",
        })

    def start_node(self, name, port):
        log = open(os.path.join(self.work, f"node-{name}.log"), "a")
        command = ["java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", self.args.jar,
                   "--spring.profiles.active=sandbox", "--certhall.sandbox.enabled=true",
                   f"--server.port={port}", "--server.address=127.0.0.1",
                   f"--certhall.data-dir={self.data}",
                   f"--spring.datasource.url=jdbc:postgresql://127.0.0.1:{self.args.pg_port}/certhall",
                   "--spring.datasource.username=postgres", "--spring.datasource.password=",
                   "--spring.datasource.hikari.maximum-pool-size=20",
                   "--certhall.pki.ocsp-poll-interval=PT5S"]
        self.nodes[name] = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=self.env,
                                            start_new_session=True)
        started = time.monotonic()
        eventually(f"node {name} ready", lambda: Http().call("GET", "/actuator/health/readiness", port=port)[0],
                   lambda status: status == 200, seconds=240)
        say(f"node {name} (:{port}, pid {self.nodes[name].pid}) ready after {time.monotonic() - started:.0f}s")

    def kill_node(self, name):
        process = self.nodes[name]
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        say(f"node {name} killed (SIGKILL, pid {process.pid})")

    def start_proxy(self):
        config = os.path.join(self.work, "haproxy.cfg")
        with open(config, "w") as f:
            f.write(HAPROXY.format(proxy=PROXY, a=NODE_A, b=NODE_B))
        subprocess.run(["haproxy", "-c", "-q", "-f", config], check=True)
        self.proxy = subprocess.Popen(["haproxy", "-db", "-f", config],
                                      stdout=open(os.path.join(self.work, "haproxy.log"), "w"),
                                      stderr=subprocess.STDOUT, start_new_session=True)
        eventually("proxy up", lambda: Http().call("GET", "/actuator/health/readiness")[0], lambda s: s == 200)
        say(f"haproxy (:{PROXY}) in front of both nodes")

    def stop(self):
        for process in list(self.nodes.values()) + ([self.proxy] if self.proxy else []):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)

    def sql(self, query):
        out = subprocess.run([self.args.psql, "-h", "127.0.0.1", "-p", str(self.args.pg_port), "-U", "postgres",
                              "-d", "certhall", "-At", "-F", "|", "-c", query], check=True, capture_output=True,
                             text=True).stdout
        return [line.split("|") for line in out.splitlines() if line]


HAPROXY = """global
    maxconn 500
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    option redispatch
frontend certhall
    bind 127.0.0.1:{proxy}
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-response set-header X-Node %[srv_name]
    server a 127.0.0.1:{a} check inter 1s fall 2 rise 2
    server b 127.0.0.1:{b} check inter 1s fall 2 rise 2
"""


SCAN_JAVA = """
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

class Scan {
    public static void main(String[] args) throws Exception {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0xdfe9f5), 640, 400, new Color(0x8aa6c8)));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(0x223344));
        g.fillRect(40, 40, 160, 200);
        g.drawString("CertHall two-node scan", 240, 120);
        g.dispose();
        ImageIO.write(image, "jpg", new File(args[0]));
    }
}
"""


class Journey:
    def __init__(self, cluster):
        self.cluster = cluster
        self.http = Http()
        self.mobile = "139" + f"{random.randint(0, 99_999_999):08d}"
        self.login = "two" + uuid.uuid4().hex[:10]
        self.id_number = resident_id()
        self.served = set()

    def captcha(self, port=PROXY):
        created = self.http.json("POST", "/api/v1/captchas", port=port, expect=201)
        answer = self.http.json("GET", f"/sandbox/api/captchas/{created['id']}", port=port)["answer"]
        return {"captchaId": created["id"], "captchaAnswer": answer}

    def codes(self):
        messages = self.http.json("GET", f"/sandbox/api/messages?to={self.mobile}&limit=50")
        return [m for m in messages if m["kind"] == "SMS"]

    def new_code(self, before):
        def newest():
            sms = self.codes()
            return sms[0] if sms else None
        message = eventually("SMS code to " + self.mobile, newest,
                             lambda m: m is not None and m["id"] not in before, seconds=30)
        return re.search(r"\d{6}", message["text"]).group(0)

    def seen(self):
        return {m["id"] for m in self.codes()}

    def run(self):
        c = self.cluster
        # registration through the proxy
        before = self.seen()
        self.http.json("POST", "/api/v1/sms-challenges", dict(self.captcha(), mobile=self.mobile, purpose="REGISTER"),
                       expect=202)
        self.http.json("POST", "/api/v1/accounts", {
            "type": "PERSON", "mobile": self.mobile, "loginName": self.login, "realName": "赵两节",
            "email": self.login + "@example.com", "password": PASSWORD, "smsCode": self.new_code(before)},
            expect=202)
        token = eventually("access token", lambda: self.http.call(
            "POST", "/api/v1/tokens", dict(self.captcha(), login=self.login, password=PASSWORD)),
            lambda r: r[0] == 200)
        self.token = json.loads(token[1])["accessToken"]
        say(f"registered {self.login} ({self.mobile}) and took an API token")

        # a page sign-in: form from node A, posted to node B, the session then used on both
        status, page, _ = self.http.call("GET", "/login", port=NODE_A, accept="text/html")
        page = page.decode()
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        captcha_id = re.search(r'name="captchaId" value="([^"]+)"', page).group(1)
        answer = self.http.json("GET", f"/sandbox/api/captchas/{captcha_id}", port=NODE_A)["answer"]
        status, _, headers = self.http.call("POST", "/login", port=NODE_B, accept="text/html", form={
            "_csrf": csrf, "login": self.login, "password": PASSWORD, "captchaId": captcha_id,
            "captchaAnswer": answer})
        check(status == 302 and headers.get("Location", "").endswith("/account"),
              f"the sign-in form of node A was accepted by node B (CSRF token in the shared session): {status}")
        self.assert_signed_in("after sign-in")

        # the order, through the proxy
        order = self.http.json("POST", "/api/v1/orders", {"channel": "health-esign", "type": "NEW",
                                                          "subjectType": "PERSON", "agreementAccepted": True},
                               token=self.token, expect=201)
        self.order_id = order["id"]
        person = {"name": "赵两节", "idType": "RESIDENT_ID", "idNumber": self.id_number, "mobile": self.mobile,
                  "email": self.login + "@example.com", "address": "北京市海淀区中关村大街 1 号", "department": "信息部"}
        self.put("subject", {"person": person})
        self.http.json("POST", "/sandbox/api/identities", {"type": "PERSON", "name": person["name"],
                                                           "idNumber": self.id_number, "mobile": self.mobile},
                       expect=201)
        before = self.seen()
        started = self.http.json("POST", f"/api/v1/orders/{self.order_id}/verifications",
                                 {"party": "PERSON", "method": "TELECOM_3F"}, token=self.token, expect=201)
        answered = self.http.json("POST", f"/api/v1/orders/{self.order_id}/verifications/"
                                  f"{started['verificationId']}/answers", {"smsCode": self.new_code(before)},
                                  token=self.token)
        check(answered["status"] == "PASSED", "telecom 3-factor check passed")
        eventually("check recorded", lambda: self.order()["unverifiedParties"], lambda left: left == [])
        total = self.put("items", [{"productCode": "doctor-cloud", "years": 1}])["totalFen"]
        self.put("invoice", {"wanted": False})
        self.put("delivery", {"method": "NONE"})
        for kind in ("ID_FRONT", "ID_BACK"):
            self.upload(kind)
        say("ok   two scans uploaded through the proxy")
        before = self.seen()
        self.http.json("POST", f"/api/v1/orders/{self.order_id}/signature-code", token=self.token, expect=202)
        submitted = self.http.json("POST", f"/api/v1/orders/{self.order_id}/submission",
                                   {"smsCode": self.new_code(before), "agreementAccepted": True}, token=self.token)
        check(submitted["status"] == "PENDING_PAYMENT", "order submitted: PENDING_PAYMENT")

        # pay at the sandbox cashier on node A, then kill node A while the notification and review are under way
        payment = self.http.json("POST", f"/api/v1/orders/{self.order_id}/payments",
                                 {"method": "WECHAT_QR", "amountFen": total}, token=self.token, expect=201)
        self.http.json("POST", f"/sandbox/api/cashier/{payment['paymentId']}/pay", port=NODE_A)
        c.kill_node("a")
        # node A was also the simulated payment provider: its notification is due but not sent yet
        check(self.order()["status"] == "PENDING_PAYMENT", "with node A down the proxy answers from node B: the "
              "order still waits for the provider's notification")
        self.assert_signed_in("with node A down", nodes=(PROXY, NODE_B))
        reviewer = self.staff_token("reviewer")
        say("ok   the reviewer signed in through the proxy while node A was down")
        c.start_node("a", NODE_A)
        eventually("proxy routes to node A again", lambda: self.node_of_next(), lambda n: n == "a", seconds=30)
        status = eventually("order paid", lambda: self.order()["status"], lambda s: s != "PENDING_PAYMENT",
                            seconds=120)
        check(status != "CANCELLED" and self.order().get("paid") is True,
              f"the notification node A owed was sent after its restart and reached the order: {status}")
        eventually("reviewer's approval", lambda: self.approve(reviewer), lambda s: s != "PENDING_REVIEW",
                   seconds=60)
        status = eventually("order completed", lambda: self.order()["status"], lambda s: s == "COMPLETED",
                            seconds=120)
        check(status == "COMPLETED", "order COMPLETED with node A back")
        certificates = self.order()["certificates"]
        check(len(certificates) == 1 and certificates[0]["status"] == "VALID", "one VALID certificate")
        self.serial = certificates[0]["serialHex"]
        status, pem, _ = self.http.call("GET", f"/api/v1/certificates/{self.serial}?chain=true", token=self.token,
                                        accept="application/x-pem-file")
        check(status == 200 and b"BEGIN CERTIFICATE" in pem, "certificate and chain downloaded")
        self.pem = pem.decode()
        self.assert_signed_in("after node A's restart")
        for _ in range(6):
            self.node_of_next()
        check(self.served == {"a", "b"}, f"the proxy served from both nodes: {sorted(self.served)}")
        return reviewer

    def put(self, step, body):
        return self.http.json("PUT", f"/api/v1/orders/{self.order_id}/{step}", body, token=self.token)

    def order(self):
        return self.http.json("GET", f"/api/v1/orders/{self.order_id}", token=self.token)

    def upload(self, kind):
        jpeg = self.scan()
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n{kind}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{kind.lower()}.jpg\"\r\n"
                f"Content-Type: image/jpeg\r\n\r\n").encode() + jpeg + f"\r\n--{boundary}--\r\n".encode()
        status, content, _ = self.http.call("POST", f"/api/v1/orders/{self.order_id}/documents", token=self.token,
                                            raw=body, content_type="multipart/form-data; boundary=" + boundary)
        if status != 201:
            raise Failure(f"upload {kind}: {status} {content[:300]!r}")

    def scan(self):
        """A 640×400 JPEG drawn by the JDK's ImageIO (a single-file Java program), as a phone photo stands in."""
        path = os.path.join(self.cluster.work, "scan.jpg")
        if not os.path.exists(path):
            source = os.path.join(self.cluster.work, "Scan.java")
            with open(source, "w") as f:
                f.write(SCAN_JAVA)
            subprocess.run(["java", source, path], check=True)
        with open(path, "rb") as f:
            return f.read()

    def staff_token(self, login):
        response = self.http.json("POST", "/api/v1/tokens", dict(self.captcha(), login=login,
                                                                 password=STAFF_PASSWORD))
        return response["accessToken"]

    def approve(self, reviewer):
        status = self.order()["status"]
        if status == "PENDING_REVIEW":
            self.http.call("POST", f"/api/v1/admin/reviews/{self.order_id}/decision", {"decision": "APPROVE"},
                           token=reviewer)
            status = self.order()["status"]
        return status

    def node_of_next(self):
        status, _, headers = self.http.call("GET", "/actuator/health/readiness")
        node = headers.get("X-Node")
        if status == 200 and node:
            self.served.add(node)
        return node

    def assert_signed_in(self, when, nodes=(NODE_A, NODE_B, PROXY)):
        for port in nodes:
            status, page, headers = self.http.call("GET", "/account", port=port, accept="text/html")
            if status != 200 or self.login not in page.decode(errors="replace"):
                raise Failure(f"/account on :{port} {when}: {status} {headers.get('Location')}")
        say(f"ok   page session valid on {', '.join(':' + str(p) for p in nodes)} {when}")

    def ocsp(self, port):
        work = self.cluster.work
        certs = re.findall(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", self.pem, re.S)
        with open(os.path.join(work, "leaf.pem"), "w") as f:
            f.write(certs[0] + "\n")
        with open(os.path.join(work, "issuer.pem"), "w") as f:
            f.write(certs[1] + "\n")
        out = subprocess.run(["openssl", "ocsp", "-issuer", os.path.join(work, "issuer.pem"), "-cert",
                              os.path.join(work, "leaf.pem"), "-url", f"http://127.0.0.1:{port}/pki/ocsp",
                              "-no_nonce", "-noverify"], capture_output=True, text=True)
        match = re.search(r"leaf\.pem: (\w+)", out.stdout)
        if not match:
            raise Failure("openssl ocsp: " + out.stdout + out.stderr)
        return match.group(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", required=True)
    parser.add_argument("--pg-port", required=True)
    parser.add_argument("--psql", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    cluster = Cluster(args)
    ok = False
    try:
        say("two CertHall nodes on one PostgreSQL behind HAProxy; node A is killed (SIGKILL) mid-journey")
        cluster.start_node("a", NODE_A)   # first: Flyway migrations and the sandbox CA hierarchy
        cluster.start_node("b", NODE_B)
        cluster.start_proxy()
        journey = Journey(cluster)
        reviewer = journey.run()

        # OCSP: node A answers from its cache, node B revokes, node A follows
        check(journey.ocsp(NODE_A) == "good" and journey.ocsp(NODE_B) == "good", "OCSP good on both nodes")
        revoked_at = time.monotonic()
        journey.http.json("POST", f"/api/v1/admin/certificates/{journey.serial}/revocation",
                          {"reason": "KEY_COMPROMISE"}, token=reviewer, port=NODE_B)
        check(journey.ocsp(NODE_B) == "revoked", "revoked on node B: node B's OCSP says revoked at once")
        eventually("node A's OCSP answer", lambda: journey.ocsp(NODE_A), lambda s: s == "revoked", seconds=90)
        say(f"ok   node A's OCSP says revoked {time.monotonic() - revoked_at:.1f}s after node B revoked "
            "(its cache polls status changes, certhall.pki.ocsp-poll-interval=PT5S here)")

        # nothing lost, nothing twice
        time.sleep(3)
        orders = cluster.sql(f"SELECT count(*) FROM applications_order WHERE id = '{journey.order_id}'")
        check(orders == [["1"]], "the order exists once")
        account_orders = cluster.sql("SELECT count(*) FROM applications_order o JOIN accounts_account a "
                                     f"ON a.id = o.account_id WHERE a.login_name = '{journey.login}'")
        check(account_orders == [["1"]], "the account holds exactly one order")
        payments = cluster.sql(f"SELECT status, count(*) FROM payments_payment WHERE application_id = '{journey.order_id}'"
                               " GROUP BY status")
        check(payments == [["PAID", "1"]], f"one payment, paid once: {payments}")
        certs = cluster.sql(f"SELECT count(*) FROM lifecycle_certificate WHERE application_id = '{journey.order_id}'")
        check(certs == [["1"]], "one certificate issued for the order")
        scans = cluster.sql(f"SELECT blob_key FROM documents_document WHERE owner_ref LIKE '%{journey.order_id}%'")
        check(len(scans) == 2 and all(os.path.exists(os.path.join(cluster.data, "blobs", k + ".blob")) for (k,) in scans),
              "two scans stored once, in the blob store both nodes share")
        duplicates = cluster.sql("SELECT recipient, text, count(*) FROM sandbox_message GROUP BY recipient, text, "
                                 "subject HAVING count(*) > 1")
        check(duplicates == [], f"no SMS or e-mail delivered twice ({len(duplicates)} duplicates)")
        masked = journey.mobile[:3] + "%" + journey.mobile[-4:]
        sent = cluster.sql("SELECT template, status FROM notifications_delivery WHERE channel = 'SMS' AND recipient "
                           f"LIKE '{masked}' ORDER BY created_at")
        check(sent and all(s == "SENT" for _, s in sent),
              f"every SMS to the applicant recorded once, SENT: {', '.join(t for t, _ in sent)}")
        statuses = cluster.sql("SELECT status, count(*) FROM notifications_delivery GROUP BY status ORDER BY status")
        check(all(s == "SENT" for s, _ in statuses), f"no delivery failed or left pending: {statuses}")
        pending = eventually("event publications completed",
                             lambda: cluster.sql("SELECT count(*) FROM event_publication "
                                                 "WHERE completion_date IS NULL"), lambda r: r == [["0"]],
                             seconds=60)
        check(pending == [["0"]], "no event publication left incomplete (outbox drained after the kill)")
        locks = cluster.sql("SELECT name FROM shedlock ORDER BY name")
        say(f"info scheduled work ran under ShedLock: {', '.join(n for (n,) in locks)}")
        ok = True
    except Failure as e:
        say("FAIL " + str(e))
    finally:
        cluster.stop()
    say("PASSED" if ok else "FAILED (logs under " + args.work + ")")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
