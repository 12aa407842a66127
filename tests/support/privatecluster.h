#pragma once

#include <QString>
#include <QTemporaryDir>

namespace cs::test {

// A PostgreSQL cluster of one test's own (scripts/pg.sh on a temporary directory), for the tests that
// stop and start the server: the shared test cluster of the other tests is never stopped. The first
// start exports the cluster's superuser settings (PGHOST, PGPORT, PGUSER, ...) into this process's
// environment, so that a ScratchDatabase made afterwards lives on it.
class PrivateCluster
{
public:
    enum class Commits { Fast, Durable };   // Fast: scripts/pg.sh --fast (no fsync)
    explicit PrivateCluster(Commits commits = Commits::Fast);
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;

    // False, with *why, when the PostgreSQL 15 server binaries are missing (the test skips).
    static bool serverAvailable(QString* why);

    // Starts the server; the first start also exports the settings. False on failure (with a warning).
    bool start();
    bool stop();
    // Stops the server without a checkpoint (pg_ctl -m immediate), as a crash would.
    bool stopImmediate();
    // True while the server runs (quietly false when it does not).
    bool isRunning();
    // Whether start() ever succeeded (a cleanup that must start the server to drop a database).
    bool wasStarted() const { return m_started; }

    // The cluster's directory (data/, port, log) and the port it listens on.
    QString directory() const;
    QString port() const;

private:
    bool pgScript(const QString& command, QString* output = nullptr);

    QTemporaryDir m_dir;
    Commits m_commits;
    bool m_started = false;
};

} // namespace cs::test
