#include "widgets/alertannouncer.h"

#include "core/common/localformat.h"
#include "core/common/logging.h"
#include "core/fleet/displaytext.h"

#include <QApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

#include <cmath>

namespace fw {
namespace {

// A short two-tone chime as 16-bit mono PCM WAV, written once to the cache directory.
QString chimeFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("alert-chime.wav"));
    if (QFile::exists(path))
        return path;
    constexpr int rate = 22050;
    constexpr double seconds = 0.5;
    const int samples = int(rate * seconds);
    QByteArray pcm;
    pcm.reserve(samples * 2);
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / rate;
        const double freq = t < seconds / 2 ? 880.0 : 660.0;
        const double envelope = std::min(1.0, std::min(t, seconds - t) * 40.0);
        const auto v = qint16(std::sin(2 * M_PI * freq * t) * 12000 * envelope);
        pcm.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QDataStream out(&f);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + pcm.size());
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(pcm.size());
    out.writeRawData(pcm.constData(), int(pcm.size()));
    return path;
}

} // namespace

AlertAnnouncer::AlertAnnouncer(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_muteTimer(new QTimer(this))
{
    m_muteTimer->setSingleShot(true);
    connect(m_muteTimer, &QTimer::timeout, this, &AlertAnnouncer::unmute);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Fleetwatch"));
        m_tray->show();
    }
}

AlertAnnouncer::~AlertAnnouncer() = default;

void AlertAnnouncer::announce(const AlertRecords &alerts)
{
    const AlertRecord *loudest = nullptr;
    int urgent = 0;
    for (const AlertRecord &r : alerts) {
        if (r.caughtUp || !r.state.needsAttention() || r.priority < Priority::High)
            continue;
        ++urgent;
        if (!loudest || r.priority > loudest->priority)
            loudest = &r;
    }
    if (!loudest)
        return;
    if (!isMuted())
        playSound();
    if (m_window && !m_window->isActiveWindow()) {
        ++m_notifications;
        const QString title = tr("%1 alert on %2").arg(DisplayText::priority(loudest->priority).toUpper(), loudest->asset);
        const QString body = urgent > 1 ? tr("%1 (and %2 more)").arg(loudest->title, QLocale().toString(urgent - 1)) : loudest->title;
        if (m_tray)
            m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 10000);
        QApplication::alert(m_window);
    }
}

void AlertAnnouncer::playSound()
{
    ++m_sounds;
    if (!m_sound) {
        m_soundFile = chimeFile();
        m_sound = new QSoundEffect(this);
        m_sound->setSource(QUrl::fromLocalFile(m_soundFile));
        m_sound->setVolume(0.8f);
    }
    if (m_sound->status() == QSoundEffect::Error) {
        QApplication::beep();
        return;
    }
    m_sound->play();
}

void AlertAnnouncer::muteFor(int minutes)
{
    m_mutedUntil = QDateTime::currentMSecsSinceEpoch() + qint64(minutes) * 60000;
    m_muteTimer->start(minutes * 60000);
    logging::get("ui")->info("alert sound muted for {} minutes", minutes);
    emit muteChanged(tr("🔇 Sound muted until %1").arg(LocalFormat::shortTime(*m_mutedUntil)));
}

void AlertAnnouncer::unmute()
{
    if (!m_mutedUntil)
        return;
    m_mutedUntil.reset();
    m_muteTimer->stop();
    logging::get("ui")->info("alert sound on again");
    emit muteChanged(QString());
}

} // namespace fw
