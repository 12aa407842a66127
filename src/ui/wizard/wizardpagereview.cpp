#include "ui/wizard/wizardpagereview.h"

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

QString num(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'g', 10) : QStringLiteral("–");
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
    row(tr("Want date"), QLocale().toString(o.wantDate, QLocale::ShortFormat));
    row(tr("Language"), toString(o.language));
    row(tr("Notes"), o.notes);
    QStringList files;
    for (const WizardAttachment& a : orderWizard()->attachments())
        files << QStringLiteral("%1 (%2)").arg(QFileInfo(a.path).fileName(), a.documentType);
    row(tr("Documents"), files.isEmpty() ? tr("none") : files.join(QStringLiteral(", ")));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b> %2 · <b>%3</b> %4%5</p>")
             .arg(tr("Family"), toString(c.family), tr("Sinks"))
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
        const SinkConfiguration& s = *build.config;
        h += QStringLiteral("<p><b>%1</b>%2<br>").arg(tr("Configuration"), edit(OrderWizard::SinkPage, int(b)));
        h += esc(tr("%1, %2 × %3 in, legs %4 %5, feet %6, workflow %7")
                     .arg(toString(s.model), num(s.widthIn), num(s.lengthIn), toString(s.legs.height),
                          toString(s.legs.model), toString(s.feet), toString(s.workflowDirection)));
        if (s.pegboard) {
            const Pegboard& p = *s.pegboard;
            const QString size = p.size.kind == PegboardSize::Kind::Custom
                                     ? tr("%1 × %2 in").arg(num(p.size.widthIn), num(p.size.lengthIn))
                                     : tr("same as sink");
            h += QStringLiteral("<br>") + esc(tr("Pegboard %1, colour %2, size %3")
                                                  .arg(toString(p.type),
                                                       p.color == PegboardColor::None ? tr("none") : toString(p.color), size));
        }
        for (const Basin& basin : s.basins) {
            const QString size = basin.size.kind == BasinSize::Kind::Custom
                                     ? tr("custom %1 × %2 × %3 in")
                                           .arg(num(basin.size.widthIn), num(basin.size.lengthIn), num(basin.size.depthIn))
                                     : basin.size.standard;
            h += QStringLiteral("<br>") + esc(tr("Basin %1: %2, %3%4%5")
                                                  .arg(basin.position)
                                                  .arg(toString(basin.type), size,
                                                       basin.pTrap ? tr(", P-trap") : QString(),
                                                       basin.basinLight ? tr(", basin light") : QString()));
        }
        for (const Faucet& f : s.faucets)
            h += QStringLiteral("<br>") + esc(tr("Faucet: %1 at %2").arg(toString(f.type), toString(f.placement)));
        for (const Sprayer& sp : s.sprayers)
            h += QStringLiteral("<br>") + esc(tr("Sprayer: %1, %2").arg(toString(sp.type), toString(sp.location)));
        h += QStringLiteral("</p><p><b>%1</b>%2<br>").arg(tr("Accessories"), edit(OrderWizard::AccessoriesPage, int(b)));
        QStringList acc;
        for (const AccessoryChoice& a : s.accessories)
            acc << esc(tr("%1 × %2").arg(a.qty).arg(a.id));
        h += acc.isEmpty() ? tr("none") : acc.join(QStringLiteral("<br>"));
        h += QStringLiteral("</p>");

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
                     .arg(tr("BOM (%n top-level line(s))", nullptr, int(bom.top.size())), tr("Id"), tr("Name"), tr("Qty"),
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
