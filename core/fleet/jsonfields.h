#pragma once
// Checked, typed access to the fields of one simdjson DOM object, for FleetDecoder. Internal to core
// (simdjson is a private dependency of fw_core): include it from core .cpp files only.
//
// Rules shared by every message kind: a field that is null counts as absent; unknown fields are
// ignored; numbers arrive finite (the parser rejects the rest); integers must be written as JSON
// integers (12, not 12.0). The first failure is recorded in a Failure with the field's path
// ("alerts[2].explanation.contributions[0].weight") and a short rule; a getter returns false then.

#include "core/fleet/fleetmessages.h"

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fw::json {

struct Failure
{
    bool failed = false;
    RejectReason reason = RejectReason::InvalidJson;
    QString detail;
};

template<typename E>
struct EnumName
{
    std::string_view name;
    E value;
};

enum class Presence { Required, Optional };

class ObjectReader
{
public:
    // The payload's root object. `failure` must outlive the reader.
    ObjectReader(simdjson::dom::object object, Failure *failure)
        : m_object(object), m_failure(failure)
    {
    }
    // A nested object: field `name` (element `index` of it if it is an array) of `parent`, which
    // must outlive this reader; failures go to the parent's Failure with the full path.
    ObjectReader(simdjson::dom::object object, const ObjectReader &parent, std::string_view name,
                 qsizetype index = -1)
        : m_object(object), m_failure(parent.m_failure), m_parent(&parent), m_name(name),
          m_index(index)
    {
    }

    // An absent optional field leaves *out as it was and returns true.
    bool string(std::string_view key, QString *out, Presence presence = Presence::Optional) const;
    bool string(std::string_view key, std::optional<QString> *out) const;
    // A string that must also be an id by the topic rule (BadValue otherwise).
    bool id(std::string_view key, QString *out) const;
    bool number(std::string_view key, double *out) const;
    bool number(std::string_view key, std::optional<double> *out) const;
    bool integer(std::string_view key, qint64 *out, qint64 min, qint64 max) const;
    bool integer(std::string_view key, std::optional<qint64> *out, qint64 min, qint64 max) const;
    bool boolean(std::string_view key, bool *out) const;
    bool timestamp(std::string_view key, qint64 *out) const;
    bool timestamp(std::string_view key, std::optional<qint64> *out) const;
    bool object(std::string_view key, simdjson::dom::object *out, Presence presence,
                bool *found = nullptr) const;
    // More than maxEntries elements: TooManyEntries.
    bool array(std::string_view key, simdjson::dom::array *out, size_t maxEntries, Presence presence,
               bool *found = nullptr) const;
    // Element `index` of the array `key` of this object, which must be an object (WrongType if not).
    bool arrayObject(std::string_view key, qsizetype index, simdjson::dom::element element,
                     simdjson::dom::object *out) const;
    // {"name": string, "version": string}, both required.
    bool model(std::string_view key, ModelRef *out, Presence presence, bool *found = nullptr) const;

    template<typename E, size_t N>
    bool enumeration(std::string_view key, const EnumName<E> (&names)[N], E *out,
                     Presence presence = Presence::Required, bool *found = nullptr) const
    {
        std::string_view text;
        bool present = false;
        if (!stringView(key, &text, presence, &present))
            return false;
        if (found)
            *found = present;
        if (!present)
            return true;
        for (const EnumName<E> &entry : names) {
            if (entry.name == text) {
                *out = entry.value;
                return true;
            }
        }
        return fail(RejectReason::BadValue, key, "not one of the allowed values");
    }

    // Records the failure (if it is the first) and returns false.
    bool fail(RejectReason reason, std::string_view key, const char *rule) const;

private:
    // False when absent or null.
    bool lookup(std::string_view key, simdjson::dom::element *out) const;
    bool present(std::string_view key, simdjson::dom::element *out, Presence presence,
                 bool *found) const;
    bool stringView(std::string_view key, std::string_view *out, Presence presence,
                    bool *found) const;
    void appendPath(QString *path) const;

    simdjson::dom::object m_object;
    Failure *m_failure;
    const ObjectReader *m_parent = nullptr;
    std::string_view m_name;
    qsizetype m_index = -1;
};

// The reason for a failed parse, finer than simdjson's error codes where the spec asks for it:
// NaN, Infinity and numbers beyond double (or, for integers, 64-bit) range are NonFiniteNumber.
RejectReason parseFailureReason(simdjson::error_code error, const char *data, size_t size);

// simdjson rejects integers beyond 64 bits, which JSON allows and which some producers write for
// large doubles (Qt and JavaScript print 1e20 as 100000000000000000000). Copies the payload to *out
// with ".0" after each such integer, so that it parses as a double. False if there is none, or if
// the payload also holds a number no double can hold (then it is rejected as NonFiniteNumber).
bool widenBigIntegers(const char *data, size_t size, std::string *out);

// Whether objects and arrays nest deeper than maxDepth, the root object counting 1. Run it after a
// parse with simdjson's max_depth = maxDepth + 1: simdjson does not count an empty innermost
// container, so it lets exactly one such case through.
bool nestedDeeperThan(const simdjson::dom::document &document, int maxDepth);

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Signal names repeat in every telemetry message of an asset (and across assets of a type): share
// one QString per name instead of allocating ~20 per message. Direct-mapped, so bounded: a stream of
// random names only evicts.
class NameCache
{
public:
    QString intern(std::string_view name)
    {
        Slot &slot = m_slots[hash(name) & (kSlots - 1)];
        if (slot.key != name) {
            slot.key.assign(name);
            slot.value = toQString(name);
        }
        return slot.value;
    }

private:
    static constexpr size_t kSlots = 4096;
    struct Slot
    {
        std::string key;
        QString value;
    };

    static size_t hash(std::string_view text)
    {
        uint64_t h = 14695981039346656037ull;   // FNV-1a: names are short
        for (const char c : text)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return size_t(h ^ (h >> 29));
    }

    std::vector<Slot> m_slots = std::vector<Slot>(kSlots);
};

} // namespace fw::json
