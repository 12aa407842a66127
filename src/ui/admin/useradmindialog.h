#pragma once

#include "data/admin/userrepository.h"
#include "data/common/session.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class UserAdminDialog;
class CreateUserDialog;
}

namespace cs::ui {

class RowTableModelBase;
template<typename Row>
class RowTableModel;

// New user's details; the server creates the login role and hashes the password. Created on the
// session's worker: OK waits (busy) for the server's answer, and a refusal keeps the dialog open with
// the reason.
class CreateUserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CreateUserDialog(data::Session* session, QWidget* parent = nullptr);
    ~CreateUserDialog() override;
    QString messageText() const;
    bool isBusy() const { return m_busy; }

public slots:
    void accept() override;
    void reject() override;

private:
    void setBusy(bool busy);

    const std::unique_ptr<Ui::CreateUserDialog> m_ui;
    data::UserRepository m_users;
    bool m_busy = false;
};

// Admin: list users; create, deactivate/reactivate, reset password, change role. All through
// the database's user functions on the session's worker; the server checks the caller is an admin.
class UserAdminDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UserAdminDialog(data::Session* session, QWidget* parent = nullptr);
    ~UserAdminDialog() override;

    RowTableModelBase* model() const;
    bool selectUser(const QString& username);
    // Each sends the change for the selected user; actionFinished() tells how it went. False when no user
    // is selected or a change is still on its way.
    bool setSelectedActive(bool active);
    bool resetSelectedPassword(const QString& password);
    bool changeSelectedRole(domain::AppRole role);
    bool isBusy() const { return m_busy; }
    QString messageText() const;

signals:
    void actionFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString selectedUser() const;
    bool selectedActive() const;
    void updateButtons();
    void run(QFuture<data::Result<data::Done>> change, const QString& done);
    void applyFilter();
    void resetPassword();
    void changeRole();

    const std::unique_ptr<Ui::UserAdminDialog> m_ui;
    data::Session* m_session;
    data::UserRepository m_users;
    RowTableModel<data::UserAccount>* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_busy = false;
};

} // namespace cs::ui
