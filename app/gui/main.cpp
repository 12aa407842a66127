#include "ui/uiversion.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CleanStation"));
    QApplication::setApplicationName(QStringLiteral("cleanstation"));
    QApplication::setApplicationVersion(cs::ui::applicationVersion());
    return 0;
}
