#pragma once
// EvidenceRepository: the `alert_evidence` table, one telemetry window per alert (see
// core/fleet/evidencewindow.h). Statements are prepared once, in the constructor.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported as false / nullopt (with *ok false; ok may be null).
//
// Encoding "fw-evidence/1" (the `format` column; `data` the bytes): a QDataStream (Qt 6.4 stream
// version, big-endian) holding
//   quint8  1                                      encoding version
//   quint32 n, quint32 k                           samples (<= 512) and signals (<= 256)
//   n x qint64                                     sample times, ms since the epoch (console receive time)
//   k x QString                                    signal names
//   k x n x float (IEEE 754 single precision)      values per signal, NaN where a sample lacked it
// About 8n + 4kn bytes plus the names: 120 samples of 24 signals take about 12.6 KB.

#include "core/fleet/evidencewindow.h"
#include "core/store/sqlstatement.h"

#include <QByteArray>

#include <optional>

namespace fw {

class Database;

namespace EvidenceCodec {

inline constexpr char kFormat[] = "fw-evidence/1";

QByteArray encode(const EvidenceWindow &window);
// nullopt when the bytes are not a well-formed "fw-evidence/1" window within the bounds.
std::optional<EvidenceWindow> decode(const QByteArray &data);

} // namespace EvidenceCodec

class EvidenceRepository
{
public:
    explicit EvidenceRepository(Database &db);
    bool isValid() const;

    // Stores the window of the alert stored as alertRow (which must exist), replacing an earlier one
    // (a new raise of the same alert id). capturedAt: ms since the epoch. An empty window is not stored
    // (true).
    bool store(qint64 alertRow, qint64 capturedAt, const EvidenceWindow &window);
    // The alert's window; nullopt when there is none (*ok true) or on error or undecodable data
    // (*ok false, logged).
    std::optional<EvidenceWindow> load(qint64 alertRow, bool *ok = nullptr);

private:
    SqlStatement m_store;
    SqlStatement m_load;
};

} // namespace fw
