#include "ui/shell/settingsdialog.h"
#include "ui_settingsdialog.h"

#include "ui/common/appsettings.h"
#include "ui/common/translator.h"

#include <QEvent>
#include <QPrinterInfo>

namespace cs::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("SettingsDialog"));
    for (const QString& code : Translator::languages())
        m_ui->languageComboBox->addItem(Translator::displayName(code), code);
    m_ui->languageComboBox->setCurrentIndex(std::max(0, int(m_ui->languageComboBox->findData(AppSettings::language()))));
    for (const auto mode : {AppSettings::ShopFloorMode::Auto, AppSettings::ShopFloorMode::On,
                            AppSettings::ShopFloorMode::Off})
        m_ui->shopFloorComboBox->addItem(QString(), int(mode));
    m_ui->shopFloorComboBox->setCurrentIndex(
        std::max(0, int(m_ui->shopFloorComboBox->findData(int(AppSettings::shopFloorMode())))));
    m_ui->idleSpinBox->setValue(AppSettings::idleMinutes());
    m_ui->leadTimeSpinBox->setValue(AppSettings::leadTimeDays());
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    for (QComboBox* box : {m_ui->pagePrinterComboBox, m_ui->labelPrinterComboBox}) {
        box->addItem(QString(), QString());
        for (const QString& p : printers)
            box->addItem(p, p);
    }
    const auto select = [](QComboBox* box, const QString& value) {
        int i = box->findData(value);
        if (i < 0 && !value.isEmpty()) {
            // A printer that is not installed here any more: keep it visible rather than lose it.
            box->addItem(value, value);
            i = box->count() - 1;
        }
        box->setCurrentIndex(std::max(0, i));
    };
    select(m_ui->pagePrinterComboBox, AppSettings::pagePrinter());
    select(m_ui->labelPrinterComboBox, AppSettings::labelPrinter());
    for (const QString& size : AppSettings::labelSizes())
        m_ui->labelSizeComboBox->addItem(QString(), size);
    m_ui->labelSizeComboBox->setCurrentIndex(std::max(0, int(m_ui->labelSizeComboBox->findData(AppSettings::labelSize()))));
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_ui->languageComboBox->currentData().toString());
    AppSettings::setShopFloorMode(AppSettings::ShopFloorMode(m_ui->shopFloorComboBox->currentData().toInt()));
    AppSettings::setIdleMinutes(m_ui->idleSpinBox->value());
    AppSettings::setLeadTimeDays(m_ui->leadTimeSpinBox->value());
    AppSettings::setPagePrinter(m_ui->pagePrinterComboBox->currentData().toString());
    AppSettings::setLabelPrinter(m_ui->labelPrinterComboBox->currentData().toString());
    AppSettings::setLabelSize(m_ui->labelSizeComboBox->currentData().toString());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    m_ui->pagePrinterComboBox->setItemText(0, tr("System default printer"));
    m_ui->labelPrinterComboBox->setItemText(0, tr("System default printer"));
    const QStringList sizes = {tr("2 × 1 in (build label)"), tr("3 × 2 in"), tr("4 × 2 in"), tr("4 × 6 in (shipping)"),
                               tr("62 × 29 mm")};
    for (int i = 0; i < sizes.size() && i < m_ui->labelSizeComboBox->count(); ++i)
        m_ui->labelSizeComboBox->setItemText(i, sizes.at(i));
    m_ui->idleSpinBox->setSuffix(tr(" min"));
    m_ui->leadTimeSpinBox->setSuffix(tr(" days"));
    const QStringList modes = {tr("Automatic (QC and assembly homes)"), tr("On"), tr("Off")};
    for (int i = 0; i < modes.size() && i < m_ui->shopFloorComboBox->count(); ++i)
        m_ui->shopFloorComboBox->setItemText(i, modes.at(i));
}

} // namespace cs::ui
