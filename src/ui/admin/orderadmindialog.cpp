#include "ui/admin/orderadmindialog.h"

#include "ui/common/futurewatch.h"
#include "ui/common/messagebar.h"
#include "ui/common/statustext.h"

#include "data/common/session.h"
#include "domain/orders/orderstatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

// The server's rule (cs.force_order_status, cs.delete_order): a reason of at least 3 characters.
constexpr int kMinReason = 3;

// A refusal or a failure in words a person can act on.
QString actionError(const data::DbError& e, const QString& build)
{
    if (e.connectionLost())
        return OrderAdminDialog::tr("The connection to the server was lost: the change to build %1 may or may not "
                                    "have been made. Find the build again and look before trying again.")
            .arg(build);
    if (e.code == u"E-STALE" || e.kind == data::DbError::Kind::Conflict)
        return OrderAdminDialog::tr("Someone changed build %1 after it was read. It was read again: check its "
                                    "status and try again.")
            .arg(build);
    if (e.code == u"E-NOTE-REQUIRED")
        return OrderAdminDialog::tr("Give a reason of at least %1 characters.").arg(kMinReason);
    if (e.kind == data::DbError::Kind::Permission || e.code == u"E-ROLE")
        return OrderAdminDialog::tr("Only an administrator may do this.");
    if (e.code == u"E-NOT-FOUND" || e.sqlState == u"P0002")
        return OrderAdminDialog::tr("Build %1 no longer exists.").arg(build);
    return e.userMessage();
}

// The status a forced build most likely needs: the next one of the workflow's main chain (a build
// whose recorded step is missing is moved on), or, where the workflow goes nowhere further, the first
// status it may go to.
std::optional<domain::OrderStatus> nextStatus(domain::OrderStatus from)
{
    using domain::OrderStatus;
    const auto exception = [](OrderStatus s) {
        return s == OrderStatus::PreQCRejected || s == OrderStatus::ReworkPreQC || s == OrderStatus::OnHoldParts
               || s == OrderStatus::FinalQCRejected || s == OrderStatus::ReworkFinalQC;
    };
    const QList<domain::OrderTransition> moves = domain::OrderWorkflow::transitionsFrom(from);
    std::optional<OrderStatus> best;
    for (const domain::OrderTransition& t : moves) {
        if (exception(t.to))
            continue;
        // Forward before backward; the nearest forward step first.
        if (!best || (t.to > from && (*best < from || t.to < *best)))
            best = t.to;
    }
    if (!best && !moves.isEmpty())
        best = moves.first().to;
    return best;
}

} // namespace

OrderAdminDialog::OrderAdminDialog(data::Session* session, Mode mode, const QString& buildNumber, QWidget* parent)
    : QDialog(parent)
    , m_repository(*session)
    , m_mode(mode)
    , m_message(new MessageBar(this))
    , m_buildEdit(new QLineEdit(this))
    , m_findButton(new QPushButton(tr("&Find"), this))
    , m_buildInfo(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_reasonHint(new QLabel(this))
    , m_action(new QPushButton(this))
{
    const bool force = mode == Mode::ForceStatus;
    setObjectName(force ? QStringLiteral("ForceStatusDialog") : QStringLiteral("DeleteOrderDialog"));
    setWindowTitle(force ? tr("Force the status of a build") : tr("Delete a build"));
    resize(620, 420);

    m_message->setObjectName(QStringLiteral("orderAdminMessageBar"));
    m_buildEdit->setObjectName(QStringLiteral("buildNumberEdit"));
    m_buildEdit->setPlaceholderText(tr("Build number, e.g. B-24021-1"));
    m_buildEdit->setText(buildNumber.trimmed());
    m_findButton->setObjectName(QStringLiteral("findBuildButton"));
    m_findButton->setAutoDefault(false);
    m_buildInfo->setObjectName(QStringLiteral("buildInfoLabel"));
    m_buildInfo->setWordWrap(true);
    m_buildInfo->setTextFormat(Qt::PlainText);
    m_buildInfo->setMinimumHeight(m_buildInfo->fontMetrics().lineSpacing() * 3);
    m_buildInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(force ? tr("Why the status is forced (kept in the build's history)")
                                       : tr("Why the build is deleted (kept in the deletion record)"));
    m_reasonHint->setObjectName(QStringLiteral("reasonHintLabel"));
    m_reasonHint->setText(tr("At least %1 characters.").arg(kMinReason));
    m_action->setObjectName(force ? QStringLiteral("forceStatusButton") : QStringLiteral("deleteOrderButton"));
    m_action->setText(force ? tr("&Force status…") : tr("&Delete build…"));
    m_action->setAutoDefault(false);

    auto* buildRow = new QHBoxLayout;
    buildRow->addWidget(m_buildEdit, 1);
    buildRow->addWidget(m_findButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Build:"), buildRow);
    form->addRow(QString(), m_buildInfo);
    if (force) {
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("newStatusCombo"));
        form->addRow(tr("&New status:"), m_status);
    }
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_reasonHint);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(buildRow)))
        label->setBuddy(m_buildEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_action, QDialogButtonBox::AcceptRole);
    // No button is the default: Enter in the build field finds the build, nothing else.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, &OrderAdminDialog::confirmAndSubmit);
    connect(m_findButton, &QPushButton::clicked, this, &OrderAdminDialog::find);
    connect(m_buildEdit, &QLineEdit::returnPressed, this, &OrderAdminDialog::find);
    connect(m_buildEdit, &QLineEdit::textEdited, this, [this] {
        // Another build named: what was read is no longer what would be acted on.
        m_build.reset();
        showBuild();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OrderAdminDialog::updateAction);
    if (m_status)
        connect(m_status, &QComboBox::currentIndexChanged, this, &OrderAdminDialog::updateAction);

    showBuild();
    if (!m_buildEdit->text().isEmpty()) {
        find();
        m_reason->setFocus();
    } else {
        m_buildEdit->setFocus();
    }
}

OrderAdminDialog::~OrderAdminDialog() = default;

void OrderAdminDialog::find()
{
    const QString wanted = m_buildEdit->text().trimmed();
    m_build.reset();
    if (wanted.isEmpty()) {
        m_message->showWarning(tr("Type the number of the build."));
        showBuild();
        return;
    }
    m_message->clear();
    setBusy(true);
    m_buildInfo->setText(tr("Reading build %1…").arg(wanted));
    whenDone(this, m_repository.find(wanted), [this, wanted](const data::Result<std::optional<data::AdminBuild>>& r) {
        setBusy(false);
        if (!r.ok())
            m_message->showError(r.error().userMessage());
        else if (!r.value())
            m_message->showWarning(tr("There is no build %1.").arg(wanted));
        else
            m_build = r.value();
        showBuild();
        emit found();
    });
}

void OrderAdminDialog::showBuild()
{
    if (!m_build) {
        if (!m_busy)
            m_buildInfo->setText(tr("Type a build number and press Enter."));
        if (m_status)
            m_status->clear();
        updateAction();
        return;
    }
    const data::BuildSummary& b = m_build->build;
    QString info = b.assigneeName.isEmpty()
                       ? tr("Build %1 of PO %2 · %3\nStatus: %4")
                             .arg(b.buildNumber, b.poNumber, b.customerName, StatusText::orderStatus(b.status))
                       : tr("Build %1 of PO %2 · %3\nStatus: %4 · assigned to %5")
                             .arg(b.buildNumber, b.poNumber, b.customerName, StatusText::orderStatus(b.status),
                                  b.assigneeName);
    if (m_mode == Mode::Delete)
        info += u'\n'
                + (m_build->buildsOnPo <= 1 ? tr("It is the only build of PO %1: the purchase order is deleted with it.").arg(b.poNumber)
                                            : m_build->buildsOnPo == 2
                                                  ? tr("PO %1 keeps its other build.").arg(b.poNumber)
                                                  : tr("PO %1 keeps its other %n builds.", nullptr, m_build->buildsOnPo - 1)
                                                        .arg(b.poNumber));
    m_buildInfo->setText(info);
    if (m_status) {
        const QString chosen = m_status->currentData().toString();
        m_status->clear();
        for (domain::OrderStatus s : domain::allOrderStatuses()) {
            const QString name = domain::orderStatusName(s);
            if (name != b.status)
                m_status->addItem(StatusText::orderStatus(s), name);
        }
        // The status chosen before the build was read again, or the workflow's next one.
        int index = m_status->findData(chosen);
        if (index < 0) {
            const std::optional<domain::OrderStatus> from = domain::orderStatusFromName(b.status);
            const std::optional<domain::OrderStatus> next = from ? nextStatus(*from) : std::nullopt;
            index = next ? m_status->findData(domain::orderStatusName(*next)) : -1;
        }
        m_status->setCurrentIndex(qMax(0, index));
    }
    updateAction();
}

QString OrderAdminDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OrderAdminDialog::updateAction()
{
    const bool reasonOk = reason().size() >= kMinReason;
    m_reasonHint->setEnabled(!reasonOk);
    m_action->setEnabled(!m_busy && m_build && reasonOk && (!m_status || m_status->currentIndex() >= 0));
}

void OrderAdminDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_findButton->setEnabled(!busy);
    m_buildEdit->setReadOnly(busy);
    updateAction();
}

QString OrderAdminDialog::confirmationText() const
{
    if (!m_build)
        return QString();
    const data::BuildSummary& b = m_build->build;
    if (m_mode == Mode::ForceStatus)
        return tr("Force build %1 from \"%2\" to \"%3\"?\n\nThe workflow's checks and signatures are skipped. The "
                  "change is flagged in the build's history with your name and the reason.")
            .arg(b.buildNumber, StatusText::orderStatus(b.status), m_status ? m_status->currentText() : QString());
    QString text = tr("Delete build %1 (PO %2, %3)?\n\nThe order, its BOMs, history and documents are removed. A "
                      "deletion record keeps your name, the reason, the order and its history. This cannot be "
                      "undone in the program.")
                       .arg(b.buildNumber, b.poNumber, b.customerName);
    if (m_build->buildsOnPo <= 1)
        text += u'\n' + tr("Purchase order %1 is deleted with it.").arg(b.poNumber);
    return text;
}

void OrderAdminDialog::confirmAndSubmit()
{
    if (!m_build || !m_action->isEnabled())
        return;
    QMessageBox box(QMessageBox::Warning, windowTitle(), confirmationText(), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("orderAdminConfirmation"));
    QPushButton* yes = box.addButton(m_mode == Mode::ForceStatus ? tr("Force status") : tr("Delete build"),
                                     QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        submit();
}

bool OrderAdminDialog::submit()
{
    if (!m_build) {
        m_message->showWarning(tr("Find the build first."));
        return false;
    }
    if (reason().size() < kMinReason) {
        m_message->showWarning(tr("Give a reason of at least %1 characters.").arg(kMinReason));
        m_reason->setFocus();
        return false;
    }
    const data::AdminBuild build = *m_build;
    const QString buildNumber = build.build.buildNumber;
    setBusy(true);
    m_message->clear();
    const auto answered = [this, build, buildNumber](const data::DbError& error, const QString& status) {
        setBusy(false);
        if (error.isSet()) {
            m_message->showError(actionError(error, buildNumber));
            if (error.code == u"E-STALE" || error.kind == data::DbError::Kind::Conflict)
                find();
            emit actionFinished(false);
            return;
        }
        m_doneOrderId = build.build.orderId;
        m_doneStatus = status;
        emit actionFinished(true);
        accept();
    };
    if (m_mode == Mode::ForceStatus) {
        const QString to = m_status->currentData().toString();
        whenDone(this, m_repository.forceStatus(build.build.orderId, to, reason(), build.rowVersion),
                 [answered, to](const data::Result<int>& r) { answered(r.ok() ? data::DbError() : r.error(), to); });
    } else {
        whenDone(this, m_repository.deleteOrder(build.build.orderId, reason()),
                 [answered](const data::Result<data::Done>& r) { answered(r.ok() ? data::DbError() : r.error(), QString()); });
    }
    return true;
}

QString OrderAdminDialog::messageText() const
{
    return m_message->text();
}

} // namespace cs::ui
