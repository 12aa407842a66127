#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpSocket;

namespace cs::print {

// Sends ZPL to a Zebra printer's raw port (TCP 9100), or saves it to a file.
// send() is asynchronous: finished(ok, message) is emitted once, after the printer accepted all
// bytes and the connection closed, or on error/timeout. sendBlocking() is for the CLI and tests.
class ZplPrinter : public QObject
{
    Q_OBJECT

public:
    explicit ZplPrinter(QObject* parent = nullptr);
    ~ZplPrinter() override;

    static constexpr quint16 kDefaultPort = 9100;

    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }
    bool isBusy() const { return !m_socket.isNull(); }

    void send(const QString& host, quint16 port, const QByteArray& zpl);
    static bool sendBlocking(const QString& host, quint16 port, const QByteArray& zpl, int timeoutMs,
                             QString* error);
    static bool saveToFile(const QString& fileName, const QByteArray& zpl, QString* error);

signals:
    void finished(bool ok, const QString& message);

private:
    void finish(bool ok, const QString& message);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_pending;
    qint64 m_written = 0;
    int m_timeoutMs = 10000;
};

} // namespace cs::print
