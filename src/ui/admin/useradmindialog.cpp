#include "ui/admin/useradmindialog.h"
#include "ui_createuserdialog.h"
#include "ui_useradmindialog.h"

#include "ui/shell/changepassworddialog.h"
#include "data/admin/userrepository.h"
#include "ui/common/logging.h"
#include "ui/common/querytablemodel.h"
#include "ui/common/statustext.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace cs::ui {

namespace {
constexpr int kUserColumn = 0;
constexpr int kActiveColumn = 4;
const QList<data::AppRole> kRoles = {data::AppRole::ProductionCoordinator, data::AppRole::ProcurementSpecialist,
                                     data::AppRole::QCPerson, data::AppRole::Assembler,
                                     data::AppRole::ServiceDepartment, data::AppRole::Admin};
} // namespace

CreateUserDialog::CreateUserDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateUserDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("CreateUserDialog"));
    for (data::AppRole r : kRoles)
        m_ui->roleComboBox->addItem(StatusText::role(r), data::appRoleName(r));
    m_ui->messageLabel->hide();
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #a4000f;"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);
}

CreateUserDialog::~CreateUserDialog() = default;

QString CreateUserDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void CreateUserDialog::accept()
{
    const auto fail = [this](const QString& text) {
        m_ui->messageLabel->setText(text);
        m_ui->messageLabel->show();
    };
    if (m_ui->passwordLineEdit->text() != m_ui->repeatPasswordLineEdit->text())
        return fail(tr("The password and its repetition differ."));
    data::UserRepository::User user;
    user.username = m_ui->userNameLineEdit->text().trimmed();
    user.fullName = m_ui->fullNameLineEdit->text().trimmed();
    user.initials = m_ui->initialsLineEdit->text().trimmed();
    user.role = m_ui->roleComboBox->currentData().toString();
    // The repository sends a SCRAM verifier, never the clear-text password.
    data::UserRepository users(m_session->database());
    QString error;
    if (users.createUser(user, m_ui->passwordLineEdit->text(), &error).isEmpty()) {
        logWarning(QStringLiteral("create user refused: %1").arg(error));
        return fail(userFunctionError(error));
    }
    logInfo(QStringLiteral("user %1 created").arg(m_ui->userNameLineEdit->text().trimmed()));
    QDialog::accept();
}

UserAdminDialog::UserAdminDialog(data::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserAdminDialog>())
    , m_session(session)
    , m_model(new QueryTableModel(session,
                                  QStringLiteral("SELECT u.username, u.full_name, u.initials, u.role::text, u.is_active, "
                                                 "u.last_login FROM cs.users u ORDER BY u.is_active DESC, u.full_name"),
                                  [] {
                                      return QStringList{tr("User name"), tr("Full name"), tr("Initials"), tr("Role"),
                                                         tr("Active"), tr("Last login")};
                                  },
                                  this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("UserAdminDialog"));
    m_model->setDisplayMapper(3, [](const QVariant& v) { return StatusText::roleFromName(v.toString()); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->usersTableView->setModel(m_proxy);
    m_ui->usersTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->usersTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->usersTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->usersTableView->verticalHeader()->hide();
    m_ui->usersTableView->setWordWrap(false);
    m_ui->usersTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->usersTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->filterLineEdit->setPlaceholderText(tr("Filter users"));
    m_ui->messageLabel->hide();
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, &UserAdminDialog::applyFilter);
    connect(m_ui->showInactiveCheckBox, &QCheckBox::toggled, this, &UserAdminDialog::applyFilter);
    connect(m_model, &QueryTableModel::loaded, this, [this] {
        m_ui->usersTableView->resizeColumnsToContents();
        applyFilter();
        updateButtons();
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

void UserAdminDialog::applyFilter()
{
    m_proxy->setFilterFixedString(m_ui->filterLineEdit->text());
    const bool showInactive = m_ui->showInactiveCheckBox->isChecked();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        m_ui->usersTableView->setRowHidden(r, !showInactive && !m_model->value(source, kActiveColumn).toBool());
    }
}

QString UserAdminDialog::selectedUser() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->value(m_proxy->mapToSource(rows.first()).row(), kUserColumn).toString();
}

bool UserAdminDialog::selectedActive() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    return !rows.isEmpty() && m_model->value(m_proxy->mapToSource(rows.first()).row(), kActiveColumn).toBool();
}

bool UserAdminDialog::selectUser(const QString& username)
{
    m_ui->showInactiveCheckBox->setChecked(true);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_model->value(m_proxy->mapToSource(m_proxy->index(r, 0)).row(), kUserColumn).toString() == username) {
            m_ui->usersTableView->selectRow(r);
            return true;
        }
    }
    return false;
}

void UserAdminDialog::updateButtons()
{
    const bool any = !selectedUser().isEmpty();
    m_ui->activePushButton->setEnabled(any);
    m_ui->resetPasswordPushButton->setEnabled(any);
    m_ui->changeRolePushButton->setEnabled(any);
    m_ui->activePushButton->setText(any && !selectedActive() ? tr("Re&activate") : tr("De&activate"));
}

void UserAdminDialog::showResult(bool ok, const QString& error, const QString& done)
{
    if (!ok)
        logWarning(QStringLiteral("user administration refused: %1").arg(error));
    m_ui->messageLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #a4000f;"));
    m_ui->messageLabel->setText(ok ? done : userFunctionError(error));
    m_ui->messageLabel->show();
    if (ok)
        m_model->refresh();
}

bool UserAdminDialog::setSelectedActive(bool active)
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return false;
    QString error;
    const bool ok = data::UserRepository(m_session->database()).setActive(user, active, &error);
    showResult(ok, error, active ? tr("%1 can log in again.").arg(user) : tr("%1 is deactivated.").arg(user));
    return ok;
}

bool UserAdminDialog::resetSelectedPassword(const QString& password)
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return false;
    QString error;
    const bool ok = data::UserRepository(m_session->database()).resetPassword(user, password, &error);
    showResult(ok, error, tr("The password of %1 was reset. Give them the new password in person.").arg(user));
    return ok;
}

bool UserAdminDialog::changeSelectedRole(data::AppRole role)
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return false;
    QString error;
    const bool ok = data::UserRepository(m_session->database()).changeRole(user, data::appRoleName(role), &error);
    showResult(ok, error, tr("%1 is now: %2.").arg(user, StatusText::role(role)));
    return ok;
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
    for (data::AppRole r : kRoles)
        names << StatusText::role(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("New role for %1:").arg(selectedUser()),
                                                 names, 0, false, &ok);
    if (ok)
        changeSelectedRole(kRoles.at(names.indexOf(chosen)));
}

QString UserAdminDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

void UserAdminDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace cs::ui
