#include "ui/admin/useradmindialog.h"
#include "ui_createuserdialog.h"
#include "ui_useradmindialog.h"

#include "ui/common/futurewatch.h"
#include "ui/common/itemviewtext.h"
#include "ui/common/logging.h"
#include "ui/common/messagebar.h"
#include "ui/common/rowtablemodel.h"
#include "ui/common/statustext.h"
#include "ui/common/usererrortext.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace cs::ui {

using data::UserAccount;
using domain::AppRole;

namespace {
const QList<AppRole> kRoles = {AppRole::ProductionCoordinator, AppRole::ProcurementSpecialist, AppRole::QCPerson,
                               AppRole::Assembler, AppRole::ServiceDepartment, AppRole::Admin};

constexpr int kFullNameColumn = 1;

QList<RowTableModel<UserAccount>::Column> userColumns()
{
    using R = UserAccount;
    return {
        {[] { return UserAdminDialog::tr("User name"); }, [](const R& u) { return u.username; }},
        {[] { return UserAdminDialog::tr("Full name"); }, [](const R& u) { return u.fullName; }},
        {[] { return UserAdminDialog::tr("Initials"); }, [](const R& u) { return u.initials; }},
        {[] { return UserAdminDialog::tr("Role"); }, [](const R& u) { return StatusText::roleFromName(u.role); }},
        {[] { return UserAdminDialog::tr("Active"); },
         [](const R& u) { return u.active ? UserAdminDialog::tr("Yes") : UserAdminDialog::tr("No"); },
         [](const R& u) { return u.active; }},
        {[] { return UserAdminDialog::tr("Last login"); },
         [](const R& u) { return RowTableModelBase::dateTimeText(u.lastLogin); },
         [](const R& u) { return u.lastLogin; }},
    };
}
} // namespace

CreateUserDialog::CreateUserDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateUserDialog>())
    , m_users(*session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("CreateUserDialog"));
    for (AppRole r : kRoles)
        m_ui->roleComboBox->addItem(StatusText::role(r), domain::appRoleName(r));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);
}

CreateUserDialog::~CreateUserDialog() = default;

QString CreateUserDialog::messageText() const
{
    return m_ui->messageBar->text();
}

void CreateUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->fullNameLineEdit, m_ui->initialsLineEdit,
                                                      m_ui->userNameLineEdit, m_ui->roleComboBox,
                                                      m_ui->passwordLineEdit, m_ui->repeatPasswordLineEdit,
                                                      m_ui->buttonBox})
        w->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CreateUserDialog::accept()
{
    if (m_busy)
        return;
    if (m_ui->passwordLineEdit->text() != m_ui->repeatPasswordLineEdit->text()) {
        m_ui->messageBar->showError(tr("The password and its repetition differ."));
        return;
    }
    UserAccount user;
    user.username = m_ui->userNameLineEdit->text().trimmed();
    user.fullName = m_ui->fullNameLineEdit->text().trimmed();
    user.initials = m_ui->initialsLineEdit->text().trimmed();
    user.role = m_ui->roleComboBox->currentData().toString();
    setBusy(true);
    m_ui->messageBar->showInfo(tr("Creating the user…"));
    // The repository sends a SCRAM verifier, never the clear-text password.
    whenDone(this, m_users.createUser(user, m_ui->passwordLineEdit->text()),
             [this, username = user.username](const data::Result<QString>& r) {
                 setBusy(false);
                 if (!r.ok()) {
                     logWarning(QStringLiteral("create user refused: %1").arg(r.error().logText()));
                     m_ui->messageBar->showError(UserErrorText::words(r.error()));
                     return;
                 }
                 logInfo(QStringLiteral("user %1 created").arg(username));
                 QDialog::accept();
             });
}

void CreateUserDialog::reject()
{
    // A creation on its way: its answer says whether the person exists now.
    if (m_busy)
        return;
    QDialog::reject();
}

UserAdminDialog::UserAdminDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserAdminDialog>())
    , m_session(session)
    , m_users(*session)
    , m_model(new RowTableModel<UserAccount>(userColumns(), this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("UserAdminDialog"));
    data::UserRepository* users = &m_users;
    m_model->setFetch([users] { return users->list(); });
    m_model->setKey([](const UserAccount& u) { return u.username; });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RowTableModelBase::RawRole);
    m_ui->usersTableView->setModel(m_proxy);
    m_ui->usersTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->usersTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->usersTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->usersTableView->verticalHeader()->hide();
    m_ui->usersTableView->setWordWrap(false);
    m_ui->usersTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->usersTableView->setSortingEnabled(true);
    // Every column as wide as what it shows; the full names have the room left over.
    ItemViewText::setSpareColumn(m_ui->usersTableView, kFullNameColumn);
    m_ui->filterLineEdit->setPlaceholderText(tr("Filter users"));
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, &UserAdminDialog::applyFilter);
    connect(m_ui->showInactiveCheckBox, &QCheckBox::toggled, this, &UserAdminDialog::applyFilter);
    connect(m_model, &RowTableModelBase::loaded, this, [this] {
        ItemViewText::fitColumns(m_ui->usersTableView);
        applyFilter();
        updateButtons();
    });
    connect(m_model, &RowTableModelBase::failed, this, [this](const data::DbError& e) {
        m_ui->messageBar->showError(UserErrorText::words(e));
    });
    connect(m_ui->usersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserAdminDialog::updateButtons);
    connect(m_ui->newUserPushButton, &QPushButton::clicked, this, [this] {
        CreateUserDialog d(m_session, this);
        if (d.exec() == QDialog::Accepted)
            m_model->refresh();
    });
    connect(m_ui->activePushButton, &QPushButton::clicked, this, [this] { setSelectedActive(!selectedActive()); });
    connect(m_ui->resetPasswordPushButton, &QPushButton::clicked, this, &UserAdminDialog::resetPassword);
    connect(m_ui->changeRolePushButton, &QPushButton::clicked, this, &UserAdminDialog::changeRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_model->refresh();
}

UserAdminDialog::~UserAdminDialog() = default;

RowTableModelBase* UserAdminDialog::model() const
{
    return m_model;
}

void UserAdminDialog::applyFilter()
{
    m_proxy->setFilterFixedString(m_ui->filterLineEdit->text());
    const bool showInactive = m_ui->showInactiveCheckBox->isChecked();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        m_ui->usersTableView->setRowHidden(r, !showInactive && !m_model->row(source).active);
    }
}

QString UserAdminDialog::selectedUser() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->row(m_proxy->mapToSource(rows.first()).row()).username;
}

bool UserAdminDialog::selectedActive() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    return !rows.isEmpty() && m_model->row(m_proxy->mapToSource(rows.first()).row()).active;
}

bool UserAdminDialog::selectUser(const QString& username)
{
    m_ui->showInactiveCheckBox->setChecked(true);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_model->row(m_proxy->mapToSource(m_proxy->index(r, 0)).row()).username == username) {
            m_ui->usersTableView->selectRow(r);
            return true;
        }
    }
    return false;
}

void UserAdminDialog::updateButtons()
{
    const bool any = !selectedUser().isEmpty() && !m_busy;
    m_ui->activePushButton->setEnabled(any);
    m_ui->resetPasswordPushButton->setEnabled(any);
    m_ui->changeRolePushButton->setEnabled(any);
    m_ui->newUserPushButton->setEnabled(!m_busy);
    m_ui->activePushButton->setText(!selectedUser().isEmpty() && !selectedActive() ? tr("Re&activate")
                                                                                  : tr("De&activate"));
}

void UserAdminDialog::run(QFuture<data::Result<data::Done>> change, const QString& done)
{
    m_busy = true;
    updateButtons();
    whenDone(this, change, [this, done](const data::Result<data::Done>& r) {
        m_busy = false;
        if (r.ok()) {
            m_ui->messageBar->showInfo(done);
            m_model->refresh();
        } else {
            logWarning(QStringLiteral("user administration refused: %1").arg(r.error().logText()));
            m_ui->messageBar->showError(UserErrorText::words(r.error()));
        }
        updateButtons();
        emit actionFinished(r.ok());
    });
}

bool UserAdminDialog::setSelectedActive(bool active)
{
    const QString user = selectedUser();
    if (user.isEmpty() || m_busy)
        return false;
    run(m_users.setActive(user, active),
        active ? tr("%1 can log in again.").arg(user) : tr("%1 is deactivated.").arg(user));
    return true;
}

bool UserAdminDialog::resetSelectedPassword(const QString& password)
{
    const QString user = selectedUser();
    if (user.isEmpty() || m_busy)
        return false;
    run(m_users.resetPassword(user, password),
        tr("The password of %1 was reset. Give them the new password in person.").arg(user));
    return true;
}

bool UserAdminDialog::changeSelectedRole(AppRole role)
{
    const QString user = selectedUser();
    if (user.isEmpty() || m_busy)
        return false;
    run(m_users.changeRole(user, domain::appRoleName(role)), tr("%1 is now: %2.").arg(user, StatusText::role(role)));
    return true;
}

void UserAdminDialog::resetPassword()
{
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                   tr("New password for %1:").arg(selectedUser()), QLineEdit::Password,
                                                   QString(), &ok);
    if (ok && !password.isEmpty())
        resetSelectedPassword(password);
}

void UserAdminDialog::changeRole()
{
    QStringList names;
    for (AppRole r : kRoles)
        names << StatusText::role(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("New role for %1:").arg(selectedUser()),
                                                 names, 0, false, &ok);
    if (ok)
        changeSelectedRole(kRoles.at(names.indexOf(chosen)));
}

QString UserAdminDialog::messageText() const
{
    return m_ui->messageBar->text();
}

void UserAdminDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        ItemViewText::widenColumns(m_ui->usersTableView);
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace cs::ui
