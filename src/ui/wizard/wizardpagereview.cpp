#include "ui/wizard/wizardpagereview.h"

#include "domain/orders/configurationtext.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/translator.h"
#include "ui/wizard/orderwizard.h"
#include "ui_wizardpagereview.h"

#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace cs::ui {

using namespace cs::domain;

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// A configuration table as an HTML table (a "label: value" block when it has no columns).
QString htmlTable(const ConfigurationTable& t)
{
    QString h = QStringLiteral("<table cellspacing=\"0\">");
    if (!t.columns.isEmpty()) {
        h += QStringLiteral("<tr>");
        for (const QString& c : t.columns)
            h += QStringLiteral("<th>%1</th>").arg(esc(c));
        h += QStringLiteral("</tr>");
    }
    for (const QStringList& row : t.rows) {
        h += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i)
            h += t.columns.isEmpty() && i == 0 ? QStringLiteral("<td><b>%1</b></td>").arg(esc(row.at(i)))
                                               : QStringLiteral("<td>%1</td>").arg(esc(row.at(i)));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace

WizardPageReview::WizardPageReview(OrderWizard* wizard)
    : WizardPage(wizard)
    , m_ui(std::make_unique<Ui::WizardPageReview>())
{
    m_ui->setupUi(this);
    setTitle(tr("Review and submit"));
    setSubTitle(tr("Step 5 of 5 · Check the order. \"Edit\" goes back to a step; Submit order stores the order, its "
                   "frozen BOMs and documents in one go."));
    setFallbackLabel(m_ui->reviewErrorLabel);
    connect(m_ui->reviewBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        // edit:<page>/<build>
        const QStringList parts = url.path().split(u'/');
        orderWizard()->editStep(parts.value(0).toInt(), parts.value(1, QStringLiteral("-1")).toInt());
    });
    connect(wizard, &OrderWizard::previewChanged, this, &WizardPageReview::updateView);
    updateView();
}

WizardPageReview::~WizardPageReview() = default;

QTextBrowser* WizardPageReview::browser() const
{
    return m_ui->reviewBrowser;
}

void WizardPageReview::showSubmitMessage(MessageBar::Kind kind, const QString& message)
{
    m_ui->submitMessage->showMessage(kind, message);
}

void WizardPageReview::clearSubmitMessage()
{
    m_ui->submitMessage->clear();
}

void WizardPageReview::showSubmitProgress(const QString& text, int value, int maximum)
{
    m_ui->submitProgressLabel->setText(text);
    if (m_ui->submitProgressBar->maximum() != maximum)
        m_ui->submitProgressBar->setRange(0, maximum);
    m_ui->submitProgressBar->setValue(value);
    m_ui->submitProgressBar->setAccessibleDescription(text);
    m_ui->submitProgressWidget->setVisible(true);
}

void WizardPageReview::hideSubmitProgress()
{
    m_ui->submitProgressWidget->setVisible(false);
    m_ui->submitProgressBar->setRange(0, 100);
    m_ui->submitProgressBar->setValue(0);
}

bool WizardPageReview::isComplete() const
{
    return !orderWizard()->isSubmitting() && WizardPage::isComplete();
}

bool WizardPageReview::owns(const ValidationIssue& issue) const
{
    return issue.isError(); // nothing is submitted while any error remains
}

void WizardPageReview::initializePage()
{
    m_ui->reviewErrorLabel->setVisible(false);
    m_ui->submitMessage->clear();
    updateView();
}

void WizardPageReview::refresh()
{
    m_ui->reviewBrowser->setHtml(html());
    const GenerationResult* p = orderWizard()->preview();
    m_ui->submitStatusLabel->setText(p ? tr("Ready: the BOMs above are generated from the current catalog (revision %1).")
                                             .arg(p->catalogRevision)
                                       : tr("Updating the BOM…"));
}

QString WizardPageReview::html() const
{
    const OrderConfiguration& c = configuration();
    const OrderInfo& o = c.order;
    const GenerationResult* preview = orderWizard()->preview();
    const CatalogPtr catalog = orderWizard()->catalog();
    const TravelerLanguage language = Translator::textLanguage();
    auto edit = [](int page, int build) {
        return QStringLiteral(" <a href=\"edit:%1/%2\">%3</a>").arg(page).arg(build).arg(tr("edit"));
    };
    const QPalette& palette = m_ui->reviewBrowser->palette();
    QString h = QStringLiteral("<style>td,th{padding:2px 8px;} th{text-align:left;background:%1;} h2,h3{margin-bottom:4px;}"
                               " .warn{color:%2;} .err{color:%3;}</style>")
                    .arg(palette.color(QPalette::AlternateBase).name(),
                         MessageBar::kindColor(MessageBar::Kind::Warning, palette).name(),
                         MessageBar::kindColor(MessageBar::Kind::Error, palette).name());
    h += QStringLiteral("<h2>%1%2</h2><table>").arg(tr("Order"), edit(OrderWizard::OrderPage, -1));
    auto row = [&](const QString& k, const QString& v) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("PO number"), o.poNumber);
    row(tr("Customer"), o.customerName);
    row(tr("Project"), o.projectName);
    row(tr("Sales person"), o.salesPerson);
    row(tr("Want date"), RowTableModelBase::dateText(o.wantDate));
    row(tr("Document language"), o.language == DocumentLanguage::FR   ? tr("French")
                                 : o.language == DocumentLanguage::ES ? tr("Spanish")
                                 : o.language == DocumentLanguage::EN ? tr("English")
                                                                      : tr("not chosen"));
    row(tr("Notes"), o.notes);
    QStringList files;
    for (const WizardAttachment& a : orderWizard()->attachments())
        files << QStringLiteral("%1 (%2)").arg(QFileInfo(a.path).fileName(), a.documentType);
    row(tr("Documents"), files.isEmpty() ? tr("none") : files.join(QStringLiteral(", ")));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b> %2 · <b>%3</b> %4%5</p>")
             .arg(tr("Family"), esc(ConfigurationText::familyWords(c.family, language)), tr("Sinks"))
             .arg(c.builds.size())
             .arg(edit(OrderWizard::SelectionPage, -1));

    QStringList orderErrors;
    for (const ValidationIssue& i : orderWizard()->issues())
        if (i.isError() && i.buildIndex < 0 && !i.field.startsWith(QStringLiteral("builds[")))
            orderErrors << esc(i.message);
    if (!orderErrors.isEmpty())
        h += QStringLiteral("<p class=\"err\">%1</p>").arg(orderErrors.join(QStringLiteral("<br>")));

    for (qsizetype b = 0; b < c.builds.size(); ++b) {
        const BuildEntry& build = c.builds.at(b);
        h += QStringLiteral("<hr><h3>%1</h3>").arg(esc(tr("Build %1 · %2").arg(b + 1).arg(build.buildNumber)));
        if (!build.config) {
            h += QStringLiteral("<p class=\"err\">%1</p>").arg(tr("No configuration."));
            continue;
        }
        // The configuration in words, as the traveler prints it (in the session's language here).
        const QList<ConfigurationTable> tables =
            ConfigurationText::tables(c.family, *build.config, language, catalog.get());
        for (int t = 0; t < tables.size(); ++t) {
            const int page = t == ConfigurationText::Accessories ? OrderWizard::AccessoriesPage : OrderWizard::SinkPage;
            const bool withEdit = t == ConfigurationText::Sink || t == ConfigurationText::Accessories;
            h += QStringLiteral("<p><b>%1</b>%2</p>").arg(esc(tables.at(t).title), withEdit ? edit(page, int(b)) : QString());
            h += htmlTable(tables.at(t));
        }

        QStringList errors, warnings;
        for (const ValidationIssue& i : orderWizard()->issues()) {
            if (i.buildIndex == int(b) || i.field.startsWith(QStringLiteral("builds[%1]").arg(b)))
                (i.isError() ? errors : warnings) << esc(i.message);
        }
        if (!errors.isEmpty())
            h += QStringLiteral("<p class=\"err\">%1</p>").arg(errors.join(QStringLiteral("<br>")));
        if (!warnings.isEmpty())
            h += QStringLiteral("<p class=\"warn\"><b>%1</b><br>%2</p>").arg(tr("Warnings"), warnings.join(QStringLiteral("<br>")));

        if (preview && b < preview->builds.size() && preview->builds.at(b).generated) {
            const BuildBom& bom = preview->builds.at(b);
            h += QStringLiteral("<p><b>%1</b></p><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                     .arg(tr("BOM · top-level lines: %1").arg(bom.top.size()), tr("Id"), tr("Name"), tr("Qty"),
                          tr("Rule"), tr("Why"));
            for (const BomLine& line : bom.top) {
                const int item = catalog ? catalog->resolve(line.id) : -1;
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(esc(line.id), esc(item >= 0 ? catalog->name(item) : line.customName))
                         .arg(line.qty)
                         .arg(esc(line.rule), esc(line.answer));
            }
            h += QStringLiteral("</table>");
        }
    }
    return h;
}

} // namespace cs::ui
