//! `mega serve` stops within its grace period after SIGTERM, even while requests are still
//! open: a slow client holding a request half sent cannot keep it running.
#![expect(
    clippy::expect_used,
    reason = "a test: a failed set-up must fail loudly"
)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port()
}

fn healthy(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200")
}

fn start(dir: &std::path::Path, port: u16, grace_seconds: u64) -> Child {
    Command::new(env!("CARGO_BIN_EXE_mega"))
        .arg("serve")
        .env("MEGA_BIND", format!("127.0.0.1:{port}"))
        .env(
            "MEGA_DATABASE_URL",
            format!("sqlite://{}?mode=rwc", dir.join("shutdown.db").display()),
        )
        .env("MEGA_JWT_SECRET", "s".repeat(48))
        .env("MEGA_STATIC_DIR", dir)
        .env("MEGA_SHUTDOWN_GRACE_SECONDS", grace_seconds.to_string())
        .env("MEGA_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start mega")
}

#[test]
fn sigterm_stops_the_server_within_the_grace_period() {
    let dir = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let mut server = start(dir.path(), port, 2);
    let deadline = Instant::now() + Duration::from_secs(60);
    while !healthy(addr) {
        assert!(Instant::now() < deadline, "mega did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    // Slow clients: each sends its headers and a sliver of a 1 kB body, then waits.
    let mut slow = Vec::new();
    for _ in 0..16 {
        let mut stream = TcpStream::connect(addr).expect("connect");
        stream
            .write_all(
                b"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":",
            )
            .expect("write");
        slow.push(stream);
    }
    std::thread::sleep(Duration::from_millis(300));
    let signalled = Instant::now();
    let status = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let limit = Duration::from_secs(2 + 3);
    loop {
        if let Some(status) = server.try_wait().expect("wait") {
            assert!(status.success(), "exit status {status}");
            break;
        }
        assert!(
            signalled.elapsed() < limit,
            "still running {:?} after SIGTERM (grace 2 s)",
            signalled.elapsed()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(slow);
}
