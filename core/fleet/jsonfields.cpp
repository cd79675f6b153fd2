#include "core/fleet/jsonfields.h"

#include "core/fleet/rfc3339.h"
#include "core/fleet/topicparser.h"

#include <cmath>

namespace fw::json {

using simdjson::dom::element;
using simdjson::dom::element_type;

bool ObjectReader::fail(RejectReason reason, std::string_view key, const char *rule) const
{
    if (m_failure->failed)
        return false;
    m_failure->failed = true;
    m_failure->reason = reason;
    QString detail;
    appendPath(&detail);
    if (!key.empty()) {
        if (!detail.isEmpty())
            detail += QLatin1Char('.');
        detail += toQString(key);
    }
    if (!detail.isEmpty())
        detail += QLatin1StringView(": ");
    detail += QLatin1StringView(rule);
    m_failure->detail = detail;
    return false;
}

void ObjectReader::appendPath(QString *path) const
{
    if (!m_parent)
        return;
    m_parent->appendPath(path);
    if (!path->isEmpty())
        *path += QLatin1Char('.');
    *path += toQString(m_name);
    if (m_index >= 0)
        *path += QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
}

bool ObjectReader::lookup(std::string_view key, element *out) const
{
    return !m_object.at_key(key).get(*out) && !out->is_null();
}

bool ObjectReader::present(std::string_view key, element *out, Presence presence, bool *found) const
{
    const bool isThere = lookup(key, out);
    if (found)
        *found = isThere;
    if (!isThere && presence == Presence::Required)
        return fail(RejectReason::MissingField, key, "required");
    return true;
}

bool ObjectReader::stringView(std::string_view key, std::string_view *out, Presence presence,
                              bool *found) const
{
    element e;
    bool isThere = false;
    if (!present(key, &e, presence, &isThere))
        return false;
    if (found)
        *found = isThere;
    if (isThere && e.get_string().get(*out))
        return fail(RejectReason::WrongType, key, "expected a string");
    return true;
}

bool ObjectReader::string(std::string_view key, QString *out, Presence presence) const
{
    std::string_view text;
    bool found = false;
    if (!stringView(key, &text, presence, &found))
        return false;
    if (found)
        *out = toQString(text);
    return true;
}

bool ObjectReader::string(std::string_view key, std::optional<QString> *out) const
{
    std::string_view text;
    bool found = false;
    if (!stringView(key, &text, Presence::Optional, &found))
        return false;
    if (found)
        *out = toQString(text);
    return true;
}

bool ObjectReader::id(std::string_view key, QString *out) const
{
    std::string_view text;
    if (!stringView(key, &text, Presence::Required, nullptr))
        return false;
    if (!TopicParser::isValidId(QByteArrayView(text.data(), qsizetype(text.size()))))
        return fail(RejectReason::BadValue, key, "not a valid id");
    *out = QString::fromLatin1(text.data(), qsizetype(text.size()));
    return true;
}

bool ObjectReader::number(std::string_view key, double *out) const
{
    element e;
    if (!present(key, &e, Presence::Required, nullptr))
        return false;
    if (e.get_double().get(*out))
        return fail(RejectReason::WrongType, key, "expected a number");
    return true;
}

bool ObjectReader::number(std::string_view key, std::optional<double> *out) const
{
    element e;
    if (!lookup(key, &e))
        return true;
    double value = 0.0;
    if (e.get_double().get(value))
        return fail(RejectReason::WrongType, key, "expected a number");
    *out = value;
    return true;
}

// Only JSON integers count: 12.0 is a WrongType. Beyond int64 (a uint64) is out of range.
static bool toInteger(const ObjectReader &reader, std::string_view key, const element &e,
                      qint64 *out, qint64 min, qint64 max)
{
    int64_t value = 0;
    switch (e.type()) {
    case element_type::INT64:
        value = e.get_int64().value_unsafe();
        break;
    case element_type::UINT64:
        return reader.fail(RejectReason::BadValue, key, "integer out of range");
    case element_type::DOUBLE:
        // 12.0 is not an integer; 1e19 (or a widened 20-digit integer) is one beyond range.
        if (std::abs(e.get_double().value_unsafe()) >= 9.2233720368547758e18)
            return reader.fail(RejectReason::BadValue, key, "integer out of range");
        return reader.fail(RejectReason::WrongType, key, "expected an integer");
    default:
        return reader.fail(RejectReason::WrongType, key, "expected an integer");
    }
    if (value < min || value > max)
        return reader.fail(RejectReason::BadValue, key, "integer out of range");
    *out = value;
    return true;
}

bool ObjectReader::integer(std::string_view key, qint64 *out, qint64 min, qint64 max) const
{
    element e;
    return present(key, &e, Presence::Required, nullptr) && toInteger(*this, key, e, out, min, max);
}

bool ObjectReader::integer(std::string_view key, std::optional<qint64> *out, qint64 min,
                           qint64 max) const
{
    element e;
    if (!lookup(key, &e))
        return true;
    qint64 value = 0;
    if (!toInteger(*this, key, e, &value, min, max))
        return false;
    *out = value;
    return true;
}

bool ObjectReader::boolean(std::string_view key, bool *out) const
{
    element e;
    if (!present(key, &e, Presence::Required, nullptr))
        return false;
    if (e.get_bool().get(*out))
        return fail(RejectReason::WrongType, key, "expected true or false");
    return true;
}

bool ObjectReader::timestamp(std::string_view key, qint64 *out) const
{
    std::string_view text;
    if (!stringView(key, &text, Presence::Required, nullptr))
        return false;
    if (!parseRfc3339(text, out))
        return fail(RejectReason::BadTimestamp, key, "not an RFC 3339 timestamp");
    return true;
}

bool ObjectReader::timestamp(std::string_view key, std::optional<qint64> *out) const
{
    std::string_view text;
    bool found = false;
    if (!stringView(key, &text, Presence::Optional, &found))
        return false;
    if (!found)
        return true;
    qint64 value = 0;
    if (!parseRfc3339(text, &value))
        return fail(RejectReason::BadTimestamp, key, "not an RFC 3339 timestamp");
    *out = value;
    return true;
}

bool ObjectReader::object(std::string_view key, simdjson::dom::object *out, Presence presence,
                          bool *found) const
{
    element e;
    bool isThere = false;
    if (!present(key, &e, presence, &isThere))
        return false;
    if (found)
        *found = isThere;
    if (isThere && e.get_object().get(*out))
        return fail(RejectReason::WrongType, key, "expected an object");
    return true;
}

bool ObjectReader::array(std::string_view key, simdjson::dom::array *out, size_t maxEntries,
                         Presence presence, bool *found) const
{
    element e;
    bool isThere = false;
    if (!present(key, &e, presence, &isThere))
        return false;
    if (found)
        *found = isThere;
    if (!isThere)
        return true;
    if (e.get_array().get(*out))
        return fail(RejectReason::WrongType, key, "expected an array");
    if (out->size() > maxEntries)
        return fail(RejectReason::TooManyEntries, key, "too many entries");
    return true;
}

bool ObjectReader::model(std::string_view key, ModelRef *out, Presence presence, bool *found) const
{
    simdjson::dom::object o;
    bool isThere = false;
    if (!object(key, &o, presence, &isThere))
        return false;
    if (found)
        *found = isThere;
    if (!isThere)
        return true;
    const ObjectReader model(o, *this, key);
    return model.string("name", &out->name, Presence::Required)
           && model.string("version", &out->version, Presence::Required);
}

bool ObjectReader::arrayObject(std::string_view key, qsizetype index, element element,
                               simdjson::dom::object *out) const
{
    if (!element.get_object().get(*out))
        return true;
    const ObjectReader item({}, *this, key, index);
    return item.fail(RejectReason::WrongType, {}, "expected an object");
}

} // namespace fw::json
