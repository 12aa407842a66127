#include "ui/orders/transitiondialog.h"

#include "ui/common/messagebar.h"
#include "ui/common/statustext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

constexpr int kMaxShipText = 100;   // cs.ship_order: carrier and tracking, at most 100 characters each

QLabel* wrapped(const QString& text, QWidget* parent, const char* name)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TransitionDialog::TransitionDialog(const TransitionPlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("transitionDialog"));
    const QString from = StatusText::orderStatus(plan.fromStatus);
    const QString to = StatusText::orderStatus(plan.toStatus);
    setWindowTitle(tr("Move build %1 to “%2”?").arg(plan.buildNumber, to));
    setMinimumWidth(560);

    auto* layout = new QVBoxLayout(this);
    auto* headline = wrapped(tr("Build %1 moves from “%2” to “%3”.").arg(plan.buildNumber, from, to), this,
                             "transitionHeadlineLabel");
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);

    auto* gate = wrapped(plan.gateMet ? tr("Gate: %1").arg(plan.gateText) : tr("Gate not met: %1").arg(plan.gateText),
                         this, "transitionGateLabel");
    if (!plan.gateMet) {
        QPalette p = gate->palette();
        p.setColor(QPalette::WindowText, MessageBar::kindColor(MessageBar::Kind::Error, palette()));
        gate->setPalette(p);
    }
    layout->addWidget(gate);
    layout->addWidget(wrapped(plan.nextText, this, "transitionNextLabel"));
    if (!plan.note.isEmpty())
        layout->addWidget(wrapped(tr("Your note, kept in the history: %1").arg(plan.note), this, "transitionNoteLabel"));
    layout->addWidget(wrapped(tr("The change is recorded with your name and the server's time."), this,
                              "transitionRecordLabel"));

    if (plan.ship) {
        auto* form = new QFormLayout;
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        auto* dateField = new QWidget(this);
        auto* dateLayout = new QVBoxLayout(dateField);
        dateLayout->setContentsMargins(0, 0, 0, 0);
        dateLayout->setSpacing(2);
        m_shipDate = new QDateEdit(plan.today, dateField);
        m_shipDate->setObjectName(QStringLiteral("shipDateEdit"));
        m_shipDate->setCalendarPopup(true);
        m_shipDate->setMinimumHeight(40);
        m_shipDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        // The calendar offers only the days that can be recorded; typing is checked the same way.
        m_shipDate->setMaximumDate(plan.today);
        if (plan.readySince.isValid() && plan.readySince <= plan.today)
            m_shipDate->setMinimumDate(plan.readySince);
        m_shipProblem = new QLabel(dateField);
        m_shipProblem->setObjectName(QStringLiteral("shipDateProblemLabel"));
        m_shipProblem->setWordWrap(true);
        QPalette p = m_shipProblem->palette();
        p.setColor(QPalette::WindowText, MessageBar::kindColor(MessageBar::Kind::Error, palette()));
        m_shipProblem->setPalette(p);
        // Room for two lines of message, kept whether one shows or not: nothing below moves.
        m_shipProblem->setMinimumHeight(2 * m_shipProblem->fontMetrics().lineSpacing());
        m_shipProblem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        dateLayout->addWidget(m_shipDate, 0, Qt::AlignLeft);
        dateLayout->addWidget(m_shipProblem);
        auto* dateLabel = new QLabel(tr("Ship &date"), this);
        dateLabel->setBuddy(m_shipDate);
        form->addRow(dateLabel, dateField);

        m_carrier = new QLineEdit(this);
        m_carrier->setObjectName(QStringLiteral("carrierLineEdit"));
        m_carrier->setPlaceholderText(tr("optional"));
        m_carrier->setMaxLength(kMaxShipText);
        m_carrier->setMinimumHeight(40);
        auto* carrierLabel = new QLabel(tr("&Carrier"), this);
        carrierLabel->setBuddy(m_carrier);
        form->addRow(carrierLabel, m_carrier);

        m_tracking = new QLineEdit(this);
        m_tracking->setObjectName(QStringLiteral("trackingLineEdit"));
        m_tracking->setPlaceholderText(tr("optional"));
        m_tracking->setMaxLength(kMaxShipText);
        m_tracking->setMinimumHeight(40);
        auto* trackingLabel = new QLabel(tr("&Tracking number"), this);
        trackingLabel->setBuddy(m_tracking);
        form->addRow(trackingLabel, m_tracking);
        layout->addLayout(form);

        connect(m_shipDate, &QDateEdit::dateChanged, this, [this] { showShipProblem(false); });
        connect(m_shipDate, &QDateEdit::editingFinished, this, [this] {
            m_shipTouched = true;
            showShipProblem(false);
        });
    }

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(plan.ship ? tr("&Ship build %1").arg(plan.buildNumber) : tr("&Move to “%1”").arg(to),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmTransitionButton"));
    m_confirm->setEnabled(plan.gateMet);
    m_confirm->setMinimumHeight(40);
    if (!plan.gateMet && !plan.signText.isEmpty()) {
        QPushButton* sign = buttons->addButton(plan.signText, QDialogButtonBox::ActionRole);
        sign->setObjectName(QStringLiteral("signGateButton"));
        sign->setMinimumHeight(40);
        connect(sign, &QPushButton::clicked, this, [this] {
            m_choice = Choice::Sign;
            QDialog::accept();
        });
    }
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelTransitionButton"));
    cancel->setMinimumHeight(40);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The keyboard starts on the first thing to fill (the ship date), else on the action; the action is
    // not the default button while a field is being typed in, so Enter in a field does not send.
    if (m_shipDate)
        m_shipDate->setFocus();
    else if (plan.gateMet)
        m_confirm->setFocus();
    else
        cancel->setFocus();
    m_confirm->setDefault(!plan.ship && plan.gateMet);
}

TransitionDialog::~TransitionDialog() = default;

data::ShipmentEntry TransitionDialog::shipment() const
{
    if (!m_shipDate)
        return {};
    return data::ShipmentEntry{m_shipDate->date(), m_carrier->text().trimmed(), m_tracking->text().trimmed()};
}

QString TransitionDialog::shipmentProblem(const data::ShipmentEntry& entry, const QDate& readySince, const QDate& today)
{
    if (!entry.shipDate.isValid())
        return tr("Give the day the build left the plant.");
    if (entry.shipDate > today)
        return tr("The ship date cannot be after today (%1).").arg(QLocale().toString(today, QLocale::ShortFormat));
    if (readySince.isValid() && entry.shipDate < readySince)
        return tr("The ship date cannot be before the build was ready for ship (%1).")
            .arg(QLocale().toString(readySince, QLocale::ShortFormat));
    if (entry.carrier.size() > kMaxShipText || entry.tracking.size() > kMaxShipText)
        return tr("The carrier and the tracking number have at most %1 characters each.").arg(kMaxShipText);
    return {};
}

void TransitionDialog::showShipProblem(bool force)
{
    if (!m_shipProblem)
        return;
    if (force)
        m_shipTouched = true;
    const QString problem = shipmentProblem(shipment(), m_plan.readySince, m_plan.today);
    // Quiet until the date was left or Confirm was pressed; a corrected date clears the message at once.
    m_shipProblem->setText(m_shipTouched || problem.isEmpty() ? problem : m_shipProblem->text());
    m_shipDate->setAccessibleDescription(m_shipProblem->text());
}

void TransitionDialog::accept()
{
    if (!m_plan.gateMet)
        return;
    if (m_plan.ship) {
        showShipProblem(true);
        if (!m_shipProblem->text().isEmpty()) {
            m_shipDate->setFocus();
            return;
        }
    }
    m_choice = Choice::Confirm;
    QDialog::accept();
}

} // namespace cs::ui
