#pragma once
// AlertAnnouncer: makes new alerts known. A sound for a new critical or high alert (not for shelved
// or caught-up ones; at most one per batch), and, when the console window is not in front, a desktop
// notification (system tray when there is one, else the window manager's urgency hint). Sound can be
// muted for a limited time; the mute ends by itself. GUI thread.

#include "core/alerts/alertrecord.h"

#include <QObject>

#include <optional>

class QSoundEffect;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace fw {

class AlertAnnouncer : public QObject
{
    Q_OBJECT
public:
    explicit AlertAnnouncer(QWidget *window, QObject *parent = nullptr);
    ~AlertAnnouncer() override;

    void announce(const AlertRecords &alerts);
    void muteFor(int minutes);
    void unmute();
    bool isMuted() const { return m_mutedUntil.has_value(); }
    std::optional<qint64> mutedUntil() const { return m_mutedUntil; }

    int soundsPlayed() const { return m_sounds; }           // for tests
    int notificationsShown() const { return m_notifications; }

Q_SIGNALS:
    // Text for the status bar while muted ("Sound muted until 14:05"); empty when not muted.
    void muteChanged(const QString &text);

private:
    void playSound();

    QWidget *m_window;
    QSoundEffect *m_sound = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_muteTimer;
    std::optional<qint64> m_mutedUntil;
    QString m_soundFile;
    int m_sounds = 0;
    int m_notifications = 0;
};

} // namespace fw
