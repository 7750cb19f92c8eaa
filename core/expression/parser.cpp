#include "core/expression/parser.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <system_error>

namespace actlab::expression {

namespace {

enum class TokenKind { Number, Name, Plus, Minus, Times, Divide, Power, Open, Close, Comma, End };

struct Token {
    TokenKind kind = TokenKind::End;
    std::string_view text;
    double number = 0;
    std::size_t column = 0;
};

/// Thrown inside the parser only, caught by parse(): the recursive descent stops at the first problem.
struct Refusal {
    ParseError error;
};

[[noreturn]] void refuse(std::string message, std::size_t column)
{
    if (column > 0) message += " at column " + std::to_string(column);
    throw Refusal{{std::move(message), column}};
}

std::string knownFunctionList()
{
    std::string list;
    for (const FunctionInfo& info : functions()) {
        if (!list.empty()) list += ", ";
        list += info.name;
    }
    return list;
}

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

class Lexer {
public:
    explicit Lexer(std::string_view text) : m_text(text) {}

    Token next()
    {
        while (m_at < m_text.size() && isBlank(m_text[m_at])) advance(1);
        Token token;
        token.column = m_column;
        if (m_at >= m_text.size()) return token;
        const char c = m_text[m_at];
        const std::string_view rest = m_text.substr(m_at);
        if (isDigit(c) || (c == '.' && rest.size() > 1 && isDigit(rest[1]))) return number(token);
        if (isNameStart(c)) {
            std::size_t length = 1;
            while (length < rest.size() && (isNameStart(rest[length]) || isDigit(rest[length]))) ++length;
            token.kind = TokenKind::Name;
            token.text = rest.substr(0, length);
            advance(length);
            return token;
        }
        // What people paste from slides: − (minus), · and × (times), π.
        for (const auto& [spelling, kind] : {std::pair{std::string_view("\u2212"), TokenKind::Minus},
                                             std::pair{std::string_view("\u00b7"), TokenKind::Times},
                                             std::pair{std::string_view("\u00d7"), TokenKind::Times},
                                             std::pair{std::string_view("\u03c0"), TokenKind::Name},
                                             std::pair{std::string_view("**"), TokenKind::Power}}) {
            if (rest.substr(0, spelling.size()) == spelling) {
                token.kind = kind;
                token.text = spelling == "\u03c0" ? std::string_view("pi") : spelling;
                advance(spelling.size());
                return token;
            }
        }
        switch (c) {
        case '+': token.kind = TokenKind::Plus; break;
        case '-': token.kind = TokenKind::Minus; break;
        case '*': token.kind = TokenKind::Times; break;
        case '/': token.kind = TokenKind::Divide; break;
        case '^': token.kind = TokenKind::Power; break;
        case '(': token.kind = TokenKind::Open; break;
        case ')': token.kind = TokenKind::Close; break;
        case ',': token.kind = TokenKind::Comma; break;
        default: refuse("unexpected character " + describeCharacter(rest), m_column);
        }
        token.text = rest.substr(0, 1);
        advance(1);
        return token;
    }

private:
    /// The character at the start of `text` for a one-line message: quoted when it is printable
    /// ('#', '€'), else by its code ("U+000A", "byte 0xFF" where the UTF-8 is broken), so a newline or
    /// a stray byte cannot break the line.
    static std::string describeCharacter(std::string_view text)
    {
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
        const unsigned char lead = byte(0);
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        char code[16];
        if (length == 0 || length > text.size()) {
            std::snprintf(code, sizeof code, "byte 0x%02X", lead);
            return code;
        }
        std::uint32_t point = length == 1 ? lead : lead & (0x7Fu >> length);
        for (std::size_t i = 1; i < length; ++i) {
            if ((byte(i) & 0xC0) != 0x80) {
                std::snprintf(code, sizeof code, "byte 0x%02X", lead);
                return code;
            }
            point = (point << 6) | (byte(i) & 0x3Fu);
        }
        if (point < 0x20 || point == 0x7F || (point >= 0x80 && point < 0xA0)) {
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(point));
            return code;
        }
        std::string quoted(1, '\'');
        quoted.append(text.substr(0, length));
        quoted += '\'';
        return quoted;
    }

    Token number(Token token)
    {
        const std::string_view rest = m_text.substr(m_at);
        std::size_t length = 0;
        while (length < rest.size() && (isDigit(rest[length]) || rest[length] == '.')) ++length;
        // An exponent only when digits follow: "2e3" is a number, while in "2e" or "2*e" e is Euler's.
        if (length < rest.size() && (rest[length] == 'e' || rest[length] == 'E')) {
            std::size_t exponent = length + 1;
            if (exponent < rest.size() && (rest[exponent] == '+' || rest[exponent] == '-')) ++exponent;
            if (exponent < rest.size() && isDigit(rest[exponent])) {
                length = exponent;
                while (length < rest.size() && isDigit(rest[length])) ++length;
            }
        }
        token.kind = TokenKind::Number;
        token.text = rest.substr(0, length);
        const auto [end, status] = std::from_chars(rest.data(), rest.data() + length, token.number);
        if (end != rest.data() + length || (status != std::errc() && status != std::errc::result_out_of_range))
            refuse("malformed number '" + std::string(token.text) + "'", token.column);
        // Out of range: below the smallest subnormal it reads as 0, the nearest double, as C reads it;
        // above the largest double it is refused rather than silently made infinite.
        if (status == std::errc::result_out_of_range) token.number = std::strtod(std::string(token.text).c_str(), nullptr);
        if (!std::isfinite(token.number))
            refuse("number '" + std::string(token.text) + "' is too large for a double", token.column);
        advance(length);
        return token;
    }

    void advance(std::size_t bytes)
    {
        for (std::size_t i = 0; i < bytes; ++i, ++m_at)
            if ((static_cast<unsigned char>(m_text[m_at]) & 0xC0) != 0x80) ++m_column;
        // m_column counts characters started, so after advancing it points at the next one.
    }

    std::string_view m_text;
    std::size_t m_at = 0;
    std::size_t m_column = 1;
};

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text), m_lexer(text) { m_token = m_lexer.next(); }

    Expression parseWhole()
    {
        m_expression.root = sum();
        if (m_token.kind == TokenKind::Close) refuse("unmatched ')'", m_token.column);
        if (m_token.kind != TokenKind::End) refuse(missingOperator(), m_token.column);
        return std::move(m_expression);
    }

private:
    std::int32_t sum()
    {
        std::int32_t left = product();
        while (m_token.kind == TokenKind::Plus || m_token.kind == TokenKind::Minus) {
            const Token op = take();
            const std::int32_t right = product();
            left = add(op.kind == TokenKind::Plus ? NodeKind::Add : NodeKind::Subtract, op.column, left, right);
        }
        return left;
    }

    std::int32_t product()
    {
        std::int32_t left = unary();
        while (m_token.kind == TokenKind::Times || m_token.kind == TokenKind::Divide) {
            const Token op = take();
            const std::int32_t right = unary();
            left = add(op.kind == TokenKind::Times ? NodeKind::Multiply : NodeKind::Divide, op.column, left, right);
        }
        return left;
    }

    std::int32_t unary()
    {
        if (m_token.kind == TokenKind::Minus || m_token.kind == TokenKind::Plus) {
            const Token sign = take();
            const Nesting nesting(*this, sign.column);
            const std::int32_t operand = unary();
            return sign.kind == TokenKind::Minus ? add(NodeKind::Negate, sign.column, operand) : operand;
        }
        return power();
    }

    std::int32_t power()
    {
        const std::int32_t base = primary();
        if (m_token.kind != TokenKind::Power) return base;
        const Token op = take();
        const Nesting nesting(*this, op.column);
        return add(NodeKind::Power, op.column, base, unary());  // right-associative, and 2^-1 reads
    }

    std::int32_t primary()
    {
        const Token token = m_token;
        switch (token.kind) {
        case TokenKind::Number: {
            take();
            const std::int32_t i = add(NodeKind::Number, token.column);
            Node& node = m_expression.nodes.back();
            node.value = token.number;
            node.offset = std::size_t(token.text.data() - m_text.data());
            node.length = token.text.size();
            return i;
        }
        case TokenKind::Name: return name();
        case TokenKind::Open: {
            take();
            const Nesting nesting(*this, token.column);
            const std::int32_t inside = sum();
            expect(TokenKind::Close, "')'");
            return inside;
        }
        case TokenKind::End: refuse("expected a number, x, a name or '(' but the formula ends", token.column);
        default: refuse("expected a number, x, a name or '(' before '" + std::string(token.text) + "'", token.column);
        }
    }

    std::int32_t name()
    {
        const Token token = take();
        const std::string_view name = token.text;
        if (m_token.kind == TokenKind::Open) return call(token);
        if (findFunction(name))
            refuse("'" + std::string(name) + "' is a function: write " + std::string(name) + "(…)", token.column);
        if (name == "x") return add(NodeKind::Variable, token.column);
        if (name == "pi") return add(NodeKind::Pi, token.column);
        if (name == "e") return add(NodeKind::E, token.column);
        const std::int32_t i = add(NodeKind::Parameter, token.column);
        m_expression.nodes.back().index = parameterIndex(name);
        return i;
    }

    std::int32_t call(const Token& nameToken)
    {
        const std::string name(nameToken.text);
        const std::optional<FunctionInfo> info = findFunction(name);
        if (!info) refuse("unknown function '" + name + "' (known: " + knownFunctionList() + ")", nameToken.column);
        const Token open = take();
        const Nesting nesting(*this, open.column);
        std::int32_t arguments[3] = {-1, -1, -1};
        std::size_t count = 0;
        if (m_token.kind != TokenKind::Close) {
            for (;;) {
                const std::int32_t argument = sum();
                if (count < 3) arguments[count] = argument;
                ++count;
                if (m_token.kind != TokenKind::Comma) break;
                take();
            }
        }
        expect(TokenKind::Close, "')'");
        if (count != info->arity)
            refuse(name + " takes " + std::to_string(info->arity) + (info->arity == 1 ? " argument" : " arguments") +
                       ", not " + std::to_string(count),
                   nameToken.column);
        const std::int32_t i = add(NodeKind::Call, nameToken.column, arguments[0], arguments[1]);
        m_expression.nodes.back().function = info->function;
        m_expression.nodes.back().third = arguments[2];
        return i;
    }

    std::size_t parameterIndex(std::string_view name)
    {
        auto& names = m_expression.parameters;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) return i;
        names.emplace_back(name);
        return names.size() - 1;
    }

    std::string missingOperator() const
    {
        return "missing operator before '" + std::string(m_token.text) + "' (write 2*x, not 2x)";
    }

    void expect(TokenKind kind, const char* what)
    {
        if (m_token.kind == kind) {
            take();
            return;
        }
        if (m_token.kind == TokenKind::End) refuse(std::string("expected ") + what + " but the formula ends", m_token.column);
        if (m_token.kind == TokenKind::Number || m_token.kind == TokenKind::Name || m_token.kind == TokenKind::Open)
            refuse(missingOperator(), m_token.column);
        refuse(std::string("expected ") + what, m_token.column);
    }

    Token take()
    {
        Token taken = m_token;
        m_token = m_lexer.next();
        return taken;
    }

    std::int32_t add(NodeKind kind, std::size_t column, std::int32_t first = -1, std::int32_t second = -1)
    {
        Node node;
        node.kind = kind;
        node.column = column;
        node.first = first;
        node.second = second;
        m_expression.nodes.push_back(node);
        return static_cast<std::int32_t>(m_expression.nodes.size() - 1);
    }

    /// Counts nesting while a parenthesis, call, sign or power is open; refuses past kMaxNesting, so a
    /// hostile formula cannot exhaust the stack.
    class Nesting {
    public:
        Nesting(Parser& parser, std::size_t column) : m_parser(parser)
        {
            if (++m_parser.m_depth > kMaxNesting)
                refuse("nested deeper than " + std::to_string(kMaxNesting) + " levels", column);
        }
        ~Nesting() { --m_parser.m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

    private:
        Parser& m_parser;
    };

    std::string_view m_text;
    Lexer m_lexer;
    Token m_token;
    Expression m_expression;
    std::size_t m_depth = 0;
};

}  // namespace

std::variant<Expression, ParseError> parse(std::string_view formula)
{
    if (formula.size() > kMaxFormulaLength)
        return ParseError{"formula longer than " + std::to_string(kMaxFormulaLength) + " characters (" +
                              std::to_string(formula.size()) + ")",
                          0};
    try {
        Parser parser(formula);
        Expression expression = parser.parseWhole();
        expression.text = std::string(formula);
        return expression;
    } catch (const Refusal& refusal) {
        return refusal.error;
    }
}

}  // namespace actlab::expression
