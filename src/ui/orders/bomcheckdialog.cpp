#include "ui/orders/bomcheckdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

BomCheckDialog::BomCheckDialog(const QString& buildNumber, int bomVersion, const data::BomCheckOutcome& outcome,
                               QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("bomCheckDialog"));
    setWindowTitle(tr("BOM not approved"));
    setModal(true);
    m_text->setObjectName(QStringLiteral("explanationLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(explanation(buildNumber, bomVersion, outcome));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("differencesList"));
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->addItems(outcome.words);
    m_list->setVisible(!outcome.words.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(outcome.words.isEmpty() ? 560 : 780, outcome.words.isEmpty() ? 180 : 460);
}

QString BomCheckDialog::explanation(const QString& buildNumber, int bomVersion, const data::BomCheckOutcome& o)
{
    using Kind = data::BomCheckOutcome::Kind;
    switch (o.kind) {
    case Kind::Same:
        return tr("BOM version %1 of build %2 is what its configuration gives.").arg(bomVersion).arg(buildNumber);
    case Kind::Differs:
        // Plurals: one message for one and one for the others (English has no translation file to
        // pluralise); each keeps %n for the forms of other languages.
        return (o.differences.size() == 1
                    ? tr("BOM version %1 of build %2 is not the BOM its configuration gives: regenerated from the "
                         "stored configuration with the catalog (revision %3), it differs in %n point, listed below. "
                         "It cannot be approved. Ask the production coordinator to regenerate the BOM, or reject it.",
                         nullptr, 1)
                    : tr("BOM version %1 of build %2 is not the BOM its configuration gives: regenerated from the "
                         "stored configuration with the catalog (revision %3), it differs in %n points, listed below. "
                         "It cannot be approved. Ask the production coordinator to regenerate the BOM, or reject it.",
                         nullptr, int(o.differences.size())))
            .arg(bomVersion)
            .arg(buildNumber)
            .arg(o.catalogRevision);
    case Kind::OtherRevision:
        if (o.catalogRevision < o.bomRevision)
            return tr("BOM version %1 of build %2 was generated from catalog revision %3; this PC has revision %4, an "
                      "older one, and with it the configuration does not give this BOM, so it cannot be approved "
                      "yet. The catalog of this PC is being updated: try again in a moment.")
                .arg(bomVersion)
                .arg(buildNumber)
                .arg(o.bomRevision)
                .arg(o.catalogRevision);
        return tr("BOM version %1 of build %2 was generated from catalog revision %3; this PC has revision %4, and with "
                  "it the configuration does not give this BOM, so it cannot be approved. Ask the production "
                  "coordinator to regenerate the BOM.")
            .arg(bomVersion)
            .arg(buildNumber)
            .arg(o.bomRevision)
            .arg(o.catalogRevision);
    case Kind::Failed:
        break;
    }
    return tr("BOM version %1 of build %2 could not be checked against its configuration, so it cannot be approved "
              "now: %3")
        .arg(bomVersion)
        .arg(buildNumber, o.error);
}

QString BomCheckDialog::explanationText() const
{
    return m_text->text();
}

QStringList BomCheckDialog::differences() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

} // namespace cs::ui
