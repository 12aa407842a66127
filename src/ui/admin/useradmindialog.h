#pragma once

#include "data/common/session.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class UserAdminDialog;
class CreateUserDialog;
}

namespace cs::ui {

class QueryTableModel;

// New user's details; the server creates the login role and hashes the password.
class CreateUserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CreateUserDialog(data::Session* session, QWidget* parent = nullptr);
    ~CreateUserDialog() override;
    QString messageText() const;

public slots:
    void accept() override;

private:
    const std::unique_ptr<Ui::CreateUserDialog> m_ui;
    data::Session* m_session;
};

// Admin: list users; create, deactivate/reactivate, reset password, change role. All through
// the database's user functions; the server checks the caller is an admin.
class UserAdminDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UserAdminDialog(data::Session* session, QWidget* parent = nullptr);
    ~UserAdminDialog() override;

    QueryTableModel* model() const { return m_model; }
    bool selectUser(const QString& username);
    bool setSelectedActive(bool active);
    bool resetSelectedPassword(const QString& password);
    bool changeSelectedRole(data::AppRole role);
    QString messageText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QString selectedUser() const;
    bool selectedActive() const;
    void updateButtons();
    void showResult(bool ok, const QString& error, const QString& done);
    void applyFilter();
    void resetPassword();
    void changeRole();

    const std::unique_ptr<Ui::UserAdminDialog> m_ui;
    data::Session* m_session;
    QueryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace cs::ui
