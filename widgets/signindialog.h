#pragma once
// SignInDialog: the console's sign-in, unlock and first-administrator form. Non-modal, so that the
// alarm view behind it keeps updating and stays readable. It only collects what is typed: the
// checking happens elsewhere (OperatorSession, off the GUI thread); while it runs the form is busy
// ("Checking…"), and a refusal is shown in the form with the password cleared. GUI thread.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fw {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        SignIn,               // name and password
        Unlock,               // the locked user's name filled in (another user may sign in instead)
        FirstAdministrator,   // name, full name, password twice: the store's first account
    };

    explicit SignInDialog(QWidget *parent = nullptr);

    void setMode(Mode mode, const QString &userName = {});
    Mode mode() const { return m_mode; }

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLineEdit *fullNameField() const { return m_fullName; }

public Q_SLOTS:
    void setBusy(bool busy);
    void showRefusal(const QString &why);

Q_SIGNALS:
    void signInRequested(const QString &name, const QString &password);
    void administratorRequested(const QString &name, const QString &fullName, const QString &password);

private:
    void submit();
    void updateButton();

    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    QLabel *m_intro;
    QLineEdit *m_name;
    QLineEdit *m_fullName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_fullNameLabel;
    QLabel *m_repeatLabel;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace fw
