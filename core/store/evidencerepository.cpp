#include "core/store/evidencerepository.h"

#include "core/store/database.h"
#include "core/common/logging.h"

#include <QDataStream>
#include <QIODevice>

namespace fw {

namespace EvidenceCodec {
namespace {

constexpr quint8 kVersion = 1;

void prepare(QDataStream &s)
{
    s.setVersion(QDataStream::Qt_6_4);
    s.setByteOrder(QDataStream::BigEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
}

} // namespace

QByteArray encode(const EvidenceWindow &w)
{
    const size_t n = std::min(w.times.size(), size_t(EvidenceWindow::kMaxSamples));
    const size_t k = std::min({size_t(w.signalNames.size()), w.values.size(), size_t(EvidenceWindow::kMaxSignals)});
    QByteArray data;
    data.reserve(int(16 + n * 8 + k * (n * 4 + 16)));
    QDataStream s(&data, QIODevice::WriteOnly);
    prepare(s);
    // Only the newest kMaxSamples when a caller passed more (the capture already keeps within bounds).
    const size_t first = w.times.size() - n;
    s << kVersion << quint32(n) << quint32(k);
    for (size_t i = first; i < w.times.size(); ++i)
        s << qint64(w.times[i]);
    for (size_t c = 0; c < k; ++c)
        s << w.signalNames[qsizetype(c)];
    for (size_t c = 0; c < k; ++c) {
        const std::vector<float> &column = w.values[c];
        for (size_t i = first; i < w.times.size(); ++i)
            s << (i < column.size() ? column[i] : std::numeric_limits<float>::quiet_NaN());
    }
    return data;
}

std::optional<EvidenceWindow> decode(const QByteArray &data)
{
    QDataStream s(data);
    prepare(s);
    quint8 version = 0;
    quint32 n = 0, k = 0;
    s >> version >> n >> k;
    if (s.status() != QDataStream::Ok || version != kVersion || n > quint32(EvidenceWindow::kMaxSamples)
        || k > quint32(EvidenceWindow::kMaxSignals)
        || qint64(data.size()) < 9 + qint64(n) * 8 + qint64(k) * (qint64(n) * 4 + 4))
        return std::nullopt;
    EvidenceWindow w;
    w.times.resize(n);
    for (qint64 &t : w.times)
        s >> t;
    for (quint32 c = 0; c < k; ++c) {
        QString name;
        s >> name;
        w.signalNames.append(name);
    }
    w.values.assign(k, std::vector<float>(n));
    for (std::vector<float> &column : w.values) {
        for (float &v : column)
            s >> v;
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return std::nullopt;
    return w;
}

} // namespace EvidenceCodec

EvidenceRepository::EvidenceRepository(Database &db)
    : m_store(db.handle(),
              "INSERT INTO alert_evidence(alert_row, captured_at, format, data) VALUES (?1, ?2, ?3, ?4) "
              "ON CONFLICT(alert_row) DO UPDATE SET captured_at = excluded.captured_at, format = excluded.format, "
              "data = excluded.data")
    , m_load(db.handle(), "SELECT format, data FROM alert_evidence WHERE alert_row = ?1")
{
}

bool EvidenceRepository::isValid() const
{
    return m_store.isValid() && m_load.isValid();
}

bool EvidenceRepository::store(qint64 alertRow, qint64 capturedAt, const EvidenceWindow &window)
{
    if (window.empty())
        return true;
    m_store.bind(1, alertRow);
    m_store.bind(2, capturedAt);
    m_store.bind(3, QString::fromLatin1(EvidenceCodec::kFormat));
    m_store.bind(4, EvidenceCodec::encode(window));
    return m_store.exec();
}

std::optional<EvidenceWindow> EvidenceRepository::load(qint64 alertRow, bool *ok)
{
    StatementReset reset(m_load);
    m_load.bind(1, alertRow);
    if (ok)
        *ok = true;
    if (!m_load.next()) {
        if (ok)
            *ok = !m_load.failed();
        return std::nullopt;
    }
    const QString format = m_load.text(0);
    std::optional<EvidenceWindow> window;
    if (format == QLatin1String(EvidenceCodec::kFormat))
        window = EvidenceCodec::decode(m_load.blob(1));
    if (!window) {
        logging::get("store")->error("evidence of alert row {} not readable (format {})", alertRow,
                                     logging::sanitize(format, 40));
        if (ok)
            *ok = false;
    }
    return window;
}

} // namespace fw
