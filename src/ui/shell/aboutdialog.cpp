#include "ui/shell/aboutdialog.h"
#include "ui_aboutdialog.h"

#include "ui/common/futurewatch.h"
#include "ui/common/logging.h"
#include "ui/common/uiversion.h"

#include <QEvent>

namespace cs::ui {

AboutDialog::AboutDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("AboutDialog"));
    m_ui->appVersionValue->setText(applicationVersion());
    m_ui->qtVersionValue->setText(QString::fromLatin1(qVersion()));
    if (session && session->isActive()) {
        m_ui->serverVersionValue->setText(tr("…"));
        whenDone(this, session->serverVersionAsync(), [this](const data::Result<QString>& version) {
            m_ui->serverVersionValue->setText(version.ok() ? version.value()
                                                           : tr("(not known: %1)").arg(version.error().userMessage()));
        });
    }
    m_ui->schemaVersionValue->setText(QString::number(data::Session::clientSchemaVersion()));
    m_ui->logFileValue->setText(logFilePath());
    m_ui->messageLabel->setText(tr("CleanStation Production, the shop-floor client for CleanStation reprocessing sinks."));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::serverVersionText() const
{
    return m_ui->serverVersionValue->text();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace cs::ui
