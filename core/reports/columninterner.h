#pragma once
// ColumnInterner: small integer ids for the distinct values of one SQLite text column, read from
// SQLite's UTF-8 bytes, so that a pass over a million rows builds no QString per row (a value is
// looked up by string_view; only a new value is copied). Not thread-safe; one per query pass.

#include <QStringList>

#include <sqlite3.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fw {

class ColumnInterner
{
public:
    int id(sqlite3_stmt *statement, int column)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int bytes = sqlite3_column_bytes(statement, column);
        const std::string_view key(text ? text : "", size_t(bytes));
        if (const auto it = m_ids.find(key); it != m_ids.end())
            return it->second;
        m_ids.emplace(std::string(key), int(m_names.size()));
        m_names.append(QString::fromUtf8(text, bytes));
        return int(m_names.size()) - 1;
    }
    QString name(int id) const { return m_names.value(id); }
    int size() const { return int(m_names.size()); }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_ids;
    QStringList m_names;
};

} // namespace fw
