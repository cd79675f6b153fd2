// The parse-level checks of jsonfields.h: why a payload did not parse, and how deep it nests.

#include "core/fleet/jsonfields.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace fw::json {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr bool isNumberChar(char c)
{
    return isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
}

bool isNonFiniteWord(std::string_view word)
{
    constexpr std::string_view kWords[] = {"nan", "inf", "infinity"};
    for (const std::string_view candidate : kWords) {
        if (word.size() != candidate.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < word.size() && same; ++i)
            same = (word[i] | 0x20) == candidate[i];
        if (same)
            return true;
    }
    return false;
}

enum class NumberClass { Invalid, Fine, BigInteger, Overflow };

// A JSON number token (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?): Overflow if no double holds
// it, BigInteger if it is an integer beyond 64 bits that a double does hold. Underflow to 0 is Fine:
// the parser accepts it.
NumberClass classifyNumber(std::string_view t)
{
    size_t i = 0;
    const size_t n = t.size();
    const bool negative = i < n && t[i] == '-';
    if (negative)
        ++i;
    const size_t intStart = i;
    if (i >= n || !isDigit(t[i]))
        return NumberClass::Invalid;
    if (t[i] == '0')
        ++i;
    else
        while (i < n && isDigit(t[i]))
            ++i;
    const size_t intDigits = i - intStart;
    int leadingFractionZeros = 0;
    bool isInteger = true;
    if (i < n && t[i] == '.') {
        const size_t start = ++i;
        while (i < n && isDigit(t[i]))
            ++i;
        if (i == start)
            return NumberClass::Invalid;
        isInteger = false;
        while (t[intStart] == '0' && start + size_t(leadingFractionZeros) < i
               && t[start + size_t(leadingFractionZeros)] == '0')
            ++leadingFractionZeros;
    }
    long exponent = 0;
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        const bool negativeExponent = i < n && t[i] == '-';
        if (i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        const size_t start = i;
        for (; i < n && isDigit(t[i]); ++i)
            exponent = std::min(exponent * 10 + (t[i] - '0'), 1'000'000L);
        if (i == start)
            return NumberClass::Invalid;
        exponent = negativeExponent ? -exponent : exponent;
        isInteger = false;
    }
    if (i != n)
        return NumberClass::Invalid;
    if (isInteger) {
        std::int64_t signedValue = 0;
        std::uint64_t unsignedValue = 0;
        const bool fits = negative
                              ? std::from_chars(t.data(), t.data() + n, signedValue).ec == std::errc()
                              : std::from_chars(t.data(), t.data() + n, unsignedValue).ec == std::errc();
        if (fits)
            return NumberClass::Fine;
    }
    double value = 0.0;
    if (std::from_chars(t.data(), t.data() + n, value).ec != std::errc::result_out_of_range)
        return isInteger ? NumberClass::BigInteger : NumberClass::Fine;
    // Out of range: too large or too small. The decimal magnitude tells which.
    const long magnitude = t[intStart] == '0' ? exponent - leadingFractionZeros
                                              : exponent + long(intDigits);
    return magnitude > 0 ? NumberClass::Overflow : NumberClass::Fine;
}

// Calls onWord(start, end) for every bare word (NaN, true, ...) and onNumber(start, end) for every
// number-like token outside strings, until one returns false.
template<typename OnWord, typename OnNumber>
void forEachBareToken(const char *p, size_t n, OnWord &&onWord, OnNumber &&onNumber)
{
    size_t i = 0;
    while (i < n) {
        const char c = p[i];
        const size_t start = i;
        if (c == '"') {
            for (++i; i < n && p[i] != '"'; ++i) {
                if (p[i] == '\\')
                    ++i;
            }
            ++i;
        } else if (isLetter(c)) {
            while (i < n && isLetter(p[i]))
                ++i;
            if (!onWord(start, i))
                return;
        } else if (c == '-' || isDigit(c)) {
            for (++i; i < n && isNumberChar(p[i]); ++i) {
            }
            if (!onNumber(start, i))
                return;
        } else {
            ++i;
        }
    }
}

bool hasNonFiniteNumber(const char *p, size_t n)
{
    bool found = false;
    forEachBareToken(
        p, n,
        [&](size_t start, size_t end) {
            found = isNonFiniteWord(std::string_view(p + start, end - start));
            return !found;
        },
        [&](size_t start, size_t end) {
            found = classifyNumber(std::string_view(p + start, end - start)) == NumberClass::Overflow;
            return !found;
        });
    return found;
}

} // namespace

RejectReason parseFailureReason(simdjson::error_code error, const char *data, size_t size)
{
    switch (error) {
    case simdjson::UTF8_ERROR:
        return RejectReason::InvalidUtf8;
    case simdjson::DEPTH_ERROR:
        return RejectReason::TooDeep;
    case simdjson::CAPACITY:
        return RejectReason::PayloadTooLarge;
    default:
        break;
    }
    // Only on the error path: simdjson reports NaN as a structure error, -Infinity and 1e999 as
    // number errors, like any malformed number. Look for what the spec names.
    return hasNonFiniteNumber(data, size) ? RejectReason::NonFiniteNumber : RejectReason::InvalidJson;
}

bool widenBigIntegers(const char *data, size_t size, std::string *out)
{
    std::vector<size_t> ends;   // where ".0" goes
    bool unfixable = false;
    forEachBareToken(
        data, size,
        [&](size_t start, size_t end) {
            unfixable = isNonFiniteWord(std::string_view(data + start, end - start));
            return !unfixable;
        },
        [&](size_t start, size_t end) {
            switch (classifyNumber(std::string_view(data + start, end - start))) {
            case NumberClass::BigInteger:
                ends.push_back(end);
                return true;
            case NumberClass::Overflow:
                unfixable = true;
                return false;
            default:
                return true;
            }
        });
    if (unfixable || ends.empty())
        return false;
    out->clear();
    out->reserve(size + 2 * ends.size());
    size_t from = 0;
    for (const size_t end : ends) {
        out->append(data + from, end - from);
        out->append(".0");
        from = end;
    }
    out->append(data + from, size - from);
    return true;
}

bool nestedDeeperThan(const simdjson::dom::document &document, int maxDepth)
{
    const uint64_t *tape = document.tape.get();
    if (!tape)
        return false;
    constexpr uint64_t kPayloadMask = 0x00FFFFFFFFFFFFFFull;
    const size_t rootEnd = size_t(tape[0] & kPayloadMask);   // index of the closing root entry
    int depth = 0;
    for (size_t i = 1; i < rootEnd; ++i) {
        switch (char(tape[i] >> 56)) {
        case '{':
        case '[':
            if (++depth > maxDepth)
                return true;
            break;
        case '}':
        case ']':
            --depth;
            break;
        case 'l':
        case 'u':
        case 'd':
            ++i;   // a number takes two tape words
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace fw::json
