#include "ui/common/logging.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <memory>

namespace cs::ui {

namespace {
std::shared_ptr<spdlog::logger> g_logger;
QString g_path;

void log(spdlog::level::level_enum level, const QString& message)
{
    const QByteArray text = redactSecrets(message).toUtf8();
    if (g_logger)
        g_logger->log(level, "{}", std::string_view(text.constData(), size_t(text.size())));
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Q_UNUSED(context)
    switch (type) {
    case QtDebugMsg: log(spdlog::level::debug, message); break;
    case QtInfoMsg: log(spdlog::level::info, message); break;
    case QtWarningMsg: log(spdlog::level::warn, message); break;
    case QtCriticalMsg:
    case QtFatalMsg: log(spdlog::level::err, message); break;
    }
    const QByteArray local = redactSecrets(message).toLocal8Bit();
    fprintf(stderr, "%s\n", local.constData());
}
} // namespace

QString redactSecrets(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("((?:pg)?pass(?:word)?|secret|sslpassword)(\\s*[=:]\\s*)('[^']*'|\"[^\"]*\"|[^\\s;,]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(re, QStringLiteral("\\1\\2***"));
    static const QRegularExpression alter(QStringLiteral("(PASSWORD\\s+)('[^']*')"), QRegularExpression::CaseInsensitiveOption);
    out.replace(alter, QStringLiteral("\\1'***'"));
    return out;
}

void initLogging(const QString& directory)
{
    QString dir = directory;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    QDir().mkpath(dir);
    g_path = dir + QStringLiteral("/cleanstation.log");
    if (g_logger)
        spdlog::drop(g_logger->name());
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_path.toStdString(), 2 * 1024 * 1024, 5);
        g_logger = std::make_shared<spdlog::logger>("cleanstation", sink);
        g_logger->set_level(spdlog::level::info);
        g_logger->flush_on(spdlog::level::warn);
        g_logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
        spdlog::register_logger(g_logger);
    } catch (const spdlog::spdlog_ex& e) {
        fprintf(stderr, "cleanstation: cannot open log file: %s\n", e.what());
        g_logger.reset();
    }
    qInstallMessageHandler(qtMessageHandler);
}

QString logFilePath()
{
    return g_path;
}

void flushLog()
{
    if (g_logger)
        g_logger->flush();
}

void logInfo(const QString& message)
{
    log(spdlog::level::info, message);
}
void logWarning(const QString& message)
{
    log(spdlog::level::warn, message);
}
void logError(const QString& message)
{
    log(spdlog::level::err, message);
}

} // namespace cs::ui
