#include "ui/common/logging.h"
#include "ui/shell/shell.h"
#include "ui/common/uiversion.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CleanStation"));
    QApplication::setApplicationName(QStringLiteral("cleanstation"));
    QApplication::setApplicationDisplayName(QStringLiteral("CleanStation Production"));
    QApplication::setApplicationVersion(cs::ui::applicationVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CleanStation Production shop-floor client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Server of the \"Local demo\" profile."),
                                  QStringLiteral("host"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port of the \"Local demo\" profile."),
                                  QStringLiteral("port"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Database of the \"Local demo\" profile."), QStringLiteral("name"));
    parser.addOptions({host, port, database});
    parser.process(app);

    cs::ui::initLogging();
    cs::ui::logInfo(QStringLiteral("CleanStation Production %1 starting (Qt %2)")
                        .arg(cs::ui::applicationVersion(), QString::fromLatin1(qVersion())));
    if (parser.isSet(host))
        cs::ui::Shell::setDemoProfile(parser.value(host), parser.value(port).toInt(), parser.value(database));

    cs::ui::Shell shell;
    QObject::connect(&shell, &cs::ui::Shell::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    app.setQuitOnLastWindowClosed(false);
    shell.start();
    const int rc = app.exec();
    cs::ui::logInfo(QStringLiteral("CleanStation Production exiting"));
    cs::ui::flushLog();
    return rc;
}
