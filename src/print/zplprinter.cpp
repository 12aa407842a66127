#include "zplprinter.h"

#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>

namespace cs::print {

ZplPrinter::ZplPrinter(QObject* parent)
    : QObject(parent)
{
}

ZplPrinter::~ZplPrinter()
{
    if (m_socket)
        m_socket->abort();
}

void ZplPrinter::send(const QString& host, quint16 port, const QByteArray& zpl)
{
    if (m_socket) {
        emit finished(false, tr("The printer is still busy with the previous job."));
        return;
    }
    m_pending = zpl;
    m_written = 0;
    auto* socket = new QTcpSocket(this);
    m_socket = socket;
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, host, port] {
        finish(false, tr("The label printer %1:%2 did not answer in time.").arg(host).arg(port));
    });
    connect(socket, &QTcpSocket::connected, this, [this, socket] { socket->write(m_pending); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 n) {
        m_written += n;
        if (m_written >= m_pending.size())
            socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_written >= m_pending.size())
            finish(true, tr("Sent %n byte(s) to the label printer.", nullptr, int(m_written)));
        else
            finish(false, tr("The label printer closed the connection before the job was sent."));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, host, port](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError && m_written >= m_pending.size())
            return; // the disconnected() handler reports success
        finish(false, tr("Cannot send to the label printer %1:%2: %3").arg(host).arg(port).arg(socket->errorString()));
    });
    timer->start(m_timeoutMs);
    socket->connectToHost(host, port);
}

void ZplPrinter::finish(bool ok, const QString& message)
{
    if (!m_socket)
        return;
    QTcpSocket* socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_pending.clear();
    emit finished(ok, message);
}

bool ZplPrinter::sendBlocking(const QString& host, quint16 port, const QByteArray& zpl, int timeoutMs, QString* error)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(timeoutMs)) {
        if (error)
            *error = QStringLiteral("cannot connect to %1:%2: %3").arg(host).arg(port).arg(socket.errorString());
        return false;
    }
    qint64 done = 0;
    while (done < zpl.size()) {
        const qint64 n = socket.write(zpl.constData() + done, zpl.size() - done);
        if (n < 0) {
            if (error)
                *error = QStringLiteral("cannot send to %1:%2: %3").arg(host).arg(port).arg(socket.errorString());
            return false;
        }
        done += n;
    }
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs)) {
            if (error)
                *error = QStringLiteral("cannot send to %1:%2: %3").arg(host).arg(port).arg(socket.errorString());
            return false;
        }
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return true;
}

bool ZplPrinter::saveToFile(const QString& fileName, const QByteArray& zpl, QString* error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(zpl) != zpl.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace cs::print
