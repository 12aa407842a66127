#include "domain/checklist/checklistexpression.h"

#include "domain/bom/custompartnumber.h"
#include "domain/bom/mdrdrules.h"

#include <QRegularExpression>

#include <algorithm>

namespace cs::domain {

std::optional<ChecklistSubject> ChecklistSubject::fromOrderJson(const QJsonObject& json, const QString& buildNumber,
                                                                QString* error)
{
    QString why;
    const std::optional<OrderConfiguration> order = OrderConfiguration::fromJson(json, &why);
    if (!order) {
        *error = why;
        return std::nullopt;
    }
    for (const BuildEntry& build : order->builds) {
        if (build.buildNumber.compare(buildNumber, Qt::CaseInsensitive) != 0)
            continue;
        if (!build.config) {
            *error = QCoreApplication::translate("cs::domain::ChecklistCondition", "build %1 has no configuration").arg(buildNumber);
            return std::nullopt;
        }
        return ChecklistSubject{order->order, build.buildNumber, *build.config};
    }
    *error = QCoreApplication::translate("cs::domain::ChecklistCondition", "the order has no build %1").arg(buildNumber);
    return std::nullopt;
}

int ChecklistSubject::basinCount() const
{
    const int n = basinCountOf(config.model);
    return n > 0 ? n : int(config.basins.size());
}

const Basin* ChecklistSubject::basinAt(int position) const
{
    for (const Basin& b : config.basins)
        if (b.position == position)
            return &b;
    return nullptr;
}

namespace checklist_detail {

// A count: a number, the basin count, the basins of some types, the faucets or sprayers of some types,
// or a product of counts.
struct Count
{
    static constexpr qint64 kMaxCount = 1000000000;

    enum class Kind { Literal, BasinCount, Basins, Faucets, Sprayers, Product };
    Kind kind = Kind::Literal;
    int literal = 0;
    QList<BasinType> basinTypes;
    QList<FaucetType> faucetTypes;
    QList<SprayerType> sprayerTypes;
    QList<std::shared_ptr<const Count>> factors;
    QString text;

    int evaluate(const ChecklistSubject& s) const
    {
        switch (kind) {
        case Kind::Literal: return literal;
        case Kind::BasinCount: return s.basinCount();
        case Kind::Basins:
            return int(std::count_if(s.config.basins.cbegin(), s.config.basins.cend(), [&](const Basin& b) {
                return b.position >= 1 && b.position <= s.basinCount() && basinTypes.contains(b.type);
            }));
        case Kind::Faucets:
            return int(std::count_if(s.config.faucets.cbegin(), s.config.faucets.cend(),
                                     [&](const Faucet& f) { return faucetTypes.contains(f.type); }));
        case Kind::Sprayers:
            return int(std::count_if(s.config.sprayers.cbegin(), s.config.sprayers.cend(),
                                     [&](const Sprayer& sp) { return sprayerTypes.contains(sp.type); }));
        case Kind::Product: {
            // Factors are at most 6 digits each; keep the product within int (a template's typo must
            // not overflow).
            qint64 n = 1;
            for (const auto& f : factors)
                n = std::min<qint64>(n * f->evaluate(s), kMaxCount);
            return int(n);
        }
        }
        return 0;
    }
};

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

struct Node
{
    enum class Kind {
        And, Or, Not, Pegboard, HeightAdjustable, AnyFaucet, BasinLight, BasinPTrap, FeetIs, LanguageIs,
        BasinTypeIn, AnyBasin, HasFaucet, HasSprayer, Compare
    };
    Kind kind = Kind::Pegboard;
    QList<std::shared_ptr<const Node>> children;
    bool negated = false;              // FeetIs, LanguageIs, BasinTypeIn: `!=`
    Feet feet = Feet::Unset;
    DocumentLanguage language = DocumentLanguage::Unset;
    QList<BasinType> basinTypes;       // BasinTypeIn, AnyBasin
    QString group;                     // AnyBasin, HasSprayer: the name as written
    FaucetType faucet = FaucetType::Unset;
    QList<SprayerType> sprayers;
    std::shared_ptr<const Count> lhs, rhs;
    CompareOp op = CompareOp::Eq;

    bool refersToBasin() const
    {
        if (kind == Kind::BasinLight || kind == Kind::BasinPTrap || kind == Kind::BasinTypeIn)
            return true;
        return std::any_of(children.cbegin(), children.cend(), [](const auto& c) { return c->refersToBasin(); });
    }
};

} // namespace checklist_detail

using checklist_detail::CompareOp;
using checklist_detail::Count;
using checklist_detail::Node;

namespace {

// ---- Tokens -------------------------------------------------------------------------------------

struct Token
{
    enum class Kind { Word, Number, Symbol, End };
    Kind kind = Kind::End;
    QString text;
    int number = 0;
};

// Words are letters, digits, '_', '.' and '-' (not first); symbols are == != <= >= < > && || ! ( ) , *.
bool tokenize(const QString& text, QList<Token>* tokens, QString* error)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c.isLetter() || c == u'_') {
            const qsizetype start = i;
            while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_' || text.at(i) == u'.'
                                       || text.at(i) == u'-'))
                ++i;
            tokens->append({Token::Kind::Word, text.mid(start, i - start), 0});
            continue;
        }
        if (c.isDigit()) {
            const qsizetype start = i;
            while (i < text.size() && text.at(i).isDigit())
                ++i;
            bool ok = false;
            const int n = text.mid(start, i - start).toInt(&ok);
            if (!ok || i - start > 6) {
                *error = ChecklistCondition::tr("the number \"%1\" is too large").arg(text.mid(start, i - start));
                return false;
            }
            tokens->append({Token::Kind::Number, text.mid(start, i - start), n});
            continue;
        }
        static const QStringList two{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                     QStringLiteral(">="), QStringLiteral("&&"), QStringLiteral("||")};
        const QString pair = text.mid(i, 2);
        if (two.contains(pair)) {
            tokens->append({Token::Kind::Symbol, pair, 0});
            i += 2;
            continue;
        }
        if (QStringLiteral("<>!(),*").contains(c)) {
            tokens->append({Token::Kind::Symbol, QString(c), 0});
            ++i;
            continue;
        }
        *error = ChecklistCondition::tr("unexpected character \"%1\" at position %2").arg(c).arg(i + 1);
        return false;
    }
    tokens->append({Token::Kind::End, QString(), 0});
    return true;
}

const QList<std::pair<QString, BasinType>>& basinTypeNames()
{
    static const QList<std::pair<QString, BasinType>> names{{QStringLiteral("E_DRAIN"), BasinType::EDrain},
                                                            {QStringLiteral("E_SINK"), BasinType::ESink},
                                                            {QStringLiteral("E_SINK_STD"), BasinType::ESink},
                                                            {QStringLiteral("E_SINK_DI"), BasinType::ESinkDi}};
    return names;
}

std::optional<BasinType> basinTypeNamed(const QString& name)
{
    for (const auto& [n, t] : basinTypeNames())
        if (n == name)
            return t;
    return std::nullopt;
}

// anyBasin's groups: E_SINK is an E-Sink of either kind (DI counts as E-Sink, CONFIGURATION.md 9.8),
// E_SINK_STD the standard one only.
std::optional<QList<BasinType>> basinGroupNamed(const QString& name)
{
    if (name == u"E_DRAIN")
        return QList<BasinType>{BasinType::EDrain};
    if (name == u"E_SINK")
        return QList<BasinType>{BasinType::ESink, BasinType::ESinkDi};
    if (name == u"E_SINK_STD")
        return QList<BasinType>{BasinType::ESink};
    if (name == u"E_SINK_DI")
        return QList<BasinType>{BasinType::ESinkDi};
    return std::nullopt;
}

std::optional<QList<SprayerType>> sprayerGroupNamed(const QString& name)
{
    if (name == u"AIR_GUN")
        return QList<SprayerType>{SprayerType::AirGunTurret, SprayerType::AirGunRosette};
    if (name == u"WATER_GUN")
        return QList<SprayerType>{SprayerType::WaterGunTurret, SprayerType::WaterGunRosette};
    for (SprayerType t : {SprayerType::WaterGunTurret, SprayerType::WaterGunRosette, SprayerType::AirGunTurret,
                          SprayerType::AirGunRosette})
        if (toString(t) == name)
            return QList<SprayerType>{t};
    return std::nullopt;
}

std::optional<FaucetType> faucetNamed(const QString& name)
{
    for (FaucetType t : {FaucetType::WristBlade, FaucetType::PreRinse, FaucetType::DiGooseneck})
        if (toString(t) == name)
            return t;
    return std::nullopt;
}

// ---- Parser -------------------------------------------------------------------------------------

class Parser
{
public:
    Parser(QList<Token> tokens, QString* error) : m_tokens(std::move(tokens)), m_error(error) {}

    std::shared_ptr<const Node> condition()
    {
        auto n = orExpr();
        if (n && !atEnd())
            return fail(ChecklistCondition::tr("unexpected \"%1\"").arg(peek().text));
        return n;
    }

    // A count (product of factors) at the current token.
    std::shared_ptr<const Count> product(bool allowPer)
    {
        auto first = factor(allowPer);
        if (!first)
            return nullptr;
        QList<std::shared_ptr<const Count>> factors{first};
        for (;;) {
            if (isWord(u"x") || isSymbol(u"*")) {
                next();
                auto f = factor(allowPer);
                if (!f)
                    return nullptr;
                factors.append(f);
            } else if (allowPer && isWord(u"per")) { // "1 per sink": the number of one thing per sink
                auto f = factor(allowPer);
                if (!f)
                    return nullptr;
                factors.append(f);
            } else {
                break;
            }
        }
        if (factors.size() == 1)
            return first;
        auto c = std::make_shared<Count>();
        c->kind = Count::Kind::Product;
        c->factors = factors;
        return c;
    }

    const Token& peek() const { return m_tokens.at(m_pos); }
    void next()
    {
        if (m_pos + 1 < m_tokens.size())
            ++m_pos;
    }
    bool atEnd() const { return peek().kind == Token::Kind::End; }
    bool isWord(QStringView w) const { return peek().kind == Token::Kind::Word && peek().text == w; }
    bool isSymbol(QStringView s) const { return peek().kind == Token::Kind::Symbol && peek().text == s; }
    bool failed() const { return !m_error->isEmpty(); }

    template <typename T = Node>
    std::shared_ptr<const T> fail(const QString& why)
    {
        if (m_error->isEmpty())
            *m_error = why;
        return nullptr;
    }

private:
    std::shared_ptr<const Node> orExpr()
    {
        auto left = andExpr();
        if (!left || !isSymbol(u"||"))
            return left;
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Or;
        n->children.append(left);
        while (isSymbol(u"||")) {
            next();
            auto right = andExpr();
            if (!right)
                return nullptr;
            n->children.append(right);
        }
        return n;
    }

    std::shared_ptr<const Node> andExpr()
    {
        auto left = unary();
        if (!left || !isSymbol(u"&&"))
            return left;
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::And;
        n->children.append(left);
        while (isSymbol(u"&&")) {
            next();
            auto right = unary();
            if (!right)
                return nullptr;
            n->children.append(right);
        }
        return n;
    }

    std::shared_ptr<const Node> unary()
    {
        if (isSymbol(u"!")) {
            next();
            auto child = unary();
            if (!child)
                return nullptr;
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Not;
            n->children.append(child);
            return n;
        }
        if (isSymbol(u"(")) {
            next();
            auto inner = orExpr();
            if (!inner)
                return nullptr;
            if (!isSymbol(u")"))
                return fail(ChecklistCondition::tr("a \")\" is missing"));
            next();
            return inner;
        }
        return atom();
    }

    // NAME "(" ARG ")" for anyBasin, hasFaucet and hasSprayer.
    QString singleArgument(const QString& function)
    {
        next();
        if (!isSymbol(u"(")) {
            fail(ChecklistCondition::tr("%1 needs an argument in parentheses").arg(function));
            return QString();
        }
        next();
        if (peek().kind != Token::Kind::Word) {
            fail(ChecklistCondition::tr("%1 needs a name in parentheses").arg(function));
            return QString();
        }
        const QString arg = peek().text;
        next();
        if (!isSymbol(u")")) {
            fail(ChecklistCondition::tr("%1 takes one argument; a \")\" is missing").arg(function));
            return QString();
        }
        next();
        return arg;
    }

    bool comparison(bool* negated)
    {
        if (isSymbol(u"==") || isSymbol(u"!=")) {
            *negated = isSymbol(u"!=");
            next();
            return true;
        }
        fail(ChecklistCondition::tr("\"%1\" must be followed by == or !=").arg(m_tokens.at(m_pos - 1).text));
        return false;
    }

    std::shared_ptr<const Node> atom()
    {
        const Token t = peek();
        auto n = std::make_shared<Node>();
        if (t.kind == Token::Kind::Number || (t.kind == Token::Kind::Word && (t.text == u"basinCount" || t.text == u"count")))
            return compare();
        if (t.kind != Token::Kind::Word) {
            if (t.kind == Token::Kind::End)
                return fail(ChecklistCondition::tr("the condition ends too early"));
            return fail(ChecklistCondition::tr("unexpected \"%1\"").arg(t.text));
        }
        const QString& w = t.text;
        if (w == u"hasPegboard") {
            n->kind = Node::Kind::Pegboard;
            next();
        } else if (w == u"legsHeightAdjustable") {
            n->kind = Node::Kind::HeightAdjustable;
            next();
        } else if (w == u"hasAnyFaucet") {
            n->kind = Node::Kind::AnyFaucet;
            next();
        } else if (w == u"basin.basinLight") {
            n->kind = Node::Kind::BasinLight;
            next();
        } else if (w == u"basin.pTrap") {
            n->kind = Node::Kind::BasinPTrap;
            next();
        } else if (w == u"feet") {
            n->kind = Node::Kind::FeetIs;
            next();
            if (!comparison(&n->negated))
                return nullptr;
            const QString v = peek().text;
            if (v == toString(Feet::LockLevelingCasters))
                n->feet = Feet::LockLevelingCasters;
            else if (v == toString(Feet::SeismicFeet))
                n->feet = Feet::SeismicFeet;
            else
                return fail(ChecklistCondition::tr("unknown feet \"%1\" (LOCK_LEVELING_CASTERS or SEISMIC_FEET)").arg(v));
            next();
        } else if (w == u"language") {
            n->kind = Node::Kind::LanguageIs;
            next();
            if (!comparison(&n->negated))
                return nullptr;
            const QString v = peek().text;
            for (DocumentLanguage l : {DocumentLanguage::EN, DocumentLanguage::FR, DocumentLanguage::ES})
                if (toString(l) == v)
                    n->language = l;
            if (n->language == DocumentLanguage::Unset)
                return fail(ChecklistCondition::tr("unknown language \"%1\" (EN, FR or ES)").arg(v));
            next();
        } else if (w == u"basin.type") {
            n->kind = Node::Kind::BasinTypeIn;
            next();
            if (isWord(u"in")) {
                next();
                if (!isSymbol(u"("))
                    return fail(ChecklistCondition::tr("\"in\" needs a list in parentheses"));
                do {
                    next();
                    const auto type = basinTypeNamed(peek().text);
                    if (peek().kind != Token::Kind::Word || !type)
                        return fail(ChecklistCondition::tr("unknown basin type \"%1\" (E_DRAIN, E_SINK or E_SINK_DI)")
                                        .arg(peek().text));
                    n->basinTypes.append(*type);
                    next();
                } while (isSymbol(u","));
                if (!isSymbol(u")"))
                    return fail(ChecklistCondition::tr("the list after \"in\" needs a \")\""));
                next();
            } else {
                if (!comparison(&n->negated))
                    return nullptr;
                const auto type = basinTypeNamed(peek().text);
                if (peek().kind != Token::Kind::Word || !type)
                    return fail(ChecklistCondition::tr("unknown basin type \"%1\" (E_DRAIN, E_SINK or E_SINK_DI)")
                                    .arg(peek().text));
                n->basinTypes.append(*type);
                next();
            }
        } else if (w == u"anyBasin") {
            n->kind = Node::Kind::AnyBasin;
            const QString arg = singleArgument(w);
            if (failed())
                return nullptr;
            const auto group = basinGroupNamed(arg);
            if (!group)
                return fail(ChecklistCondition::tr("unknown basin group \"%1\" (E_DRAIN, E_SINK, E_SINK_STD or E_SINK_DI)")
                                .arg(arg));
            n->basinTypes = *group;
            n->group = arg;
        } else if (w == u"hasFaucet") {
            n->kind = Node::Kind::HasFaucet;
            const QString arg = singleArgument(w);
            if (failed())
                return nullptr;
            const auto faucet = faucetNamed(arg);
            if (!faucet)
                return fail(ChecklistCondition::tr("unknown faucet type \"%1\" (WRIST_BLADE, PRE_RINSE or DI_GOOSENECK)")
                                .arg(arg));
            n->faucet = *faucet;
        } else if (w == u"hasSprayer") {
            n->kind = Node::Kind::HasSprayer;
            const QString arg = singleArgument(w);
            if (failed())
                return nullptr;
            const auto sprayers = sprayerGroupNamed(arg);
            if (!sprayers)
                return fail(ChecklistCondition::tr("unknown sprayer \"%1\" (AIR_GUN, WATER_GUN or a sprayer type)").arg(arg));
            n->sprayers = *sprayers;
            n->group = arg;
        } else {
            return fail(ChecklistCondition::tr("unknown name \"%1\"").arg(w));
        }
        return n;
    }

    std::shared_ptr<const Node> compare()
    {
        auto lhs = product(false);
        if (!lhs)
            return nullptr;
        static const QList<std::pair<QString, CompareOp>> ops{
            {QStringLiteral("=="), CompareOp::Eq}, {QStringLiteral("!="), CompareOp::Ne},
            {QStringLiteral("<"), CompareOp::Lt},  {QStringLiteral("<="), CompareOp::Le},
            {QStringLiteral(">"), CompareOp::Gt},  {QStringLiteral(">="), CompareOp::Ge}};
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Compare;
        bool found = false;
        for (const auto& [text, op] : ops) {
            if (isSymbol(text)) {
                n->op = op;
                found = true;
            }
        }
        if (!found)
            return fail(ChecklistCondition::tr("a count must be compared (==, !=, <, <=, >, >=)"));
        next();
        auto rhs = product(false);
        if (!rhs)
            return nullptr;
        n->lhs = lhs;
        n->rhs = rhs;
        return n;
    }

    std::shared_ptr<const Count> factor(bool allowPer)
    {
        auto c = std::make_shared<Count>();
        const qsizetype start = m_pos;
        const Token t = peek();
        if (t.kind == Token::Kind::Number) {
            c->kind = Count::Kind::Literal;
            c->literal = t.number;
            next();
        } else if (t.kind == Token::Kind::Word && t.text == u"basinCount") {
            c->kind = Count::Kind::BasinCount;
            next();
        } else if (t.kind == Token::Kind::Word && t.text == u"count") {
            c->kind = Count::Kind::Basins;
            next();
            if (!isSymbol(u"("))
                return fail<Count>(ChecklistCondition::tr("count needs basin types in parentheses"));
            do {
                next();
                const auto type = basinTypeNamed(peek().text);
                if (peek().kind != Token::Kind::Word || !type)
                    return fail<Count>(ChecklistCondition::tr("unknown basin type \"%1\" in count (E_DRAIN, E_SINK or E_SINK_DI)")
                                           .arg(peek().text));
                if (!c->basinTypes.contains(*type))
                    c->basinTypes.append(*type);
                next();
            } while (isSymbol(u","));
            if (!isSymbol(u")"))
                return fail<Count>(ChecklistCondition::tr("count(...) needs a \")\""));
            next();
        } else if (allowPer && t.kind == Token::Kind::Word && t.text == u"per") {
            next();
            QStringList words;
            while (peek().kind == Token::Kind::Word) {
                words << peek().text;
                next();
                const QString phrase = words.join(u' ');
                if (phrase == u"sink") {
                    c->kind = Count::Kind::Literal;
                    c->literal = 1;
                } else if (phrase == u"basin") {
                    c->kind = Count::Kind::BasinCount;
                } else if (phrase == u"air gun" || phrase == u"water gun") {
                    c->kind = Count::Kind::Sprayers;
                    c->sprayerTypes = *sprayerGroupNamed(phrase == u"air gun" ? QStringLiteral("AIR_GUN")
                                                                                : QStringLiteral("WATER_GUN"));
                } else if (phrase == u"pre-rinse faucet" || phrase == u"wrist-blade faucet" || phrase == u"DI faucet") {
                    c->kind = Count::Kind::Faucets;
                    c->faucetTypes = {phrase == u"pre-rinse faucet"     ? FaucetType::PreRinse
                                      : phrase == u"wrist-blade faucet" ? FaucetType::WristBlade
                                                                        : FaucetType::DiGooseneck};
                } else {
                    continue;
                }
                break;
            }
            if (c->kind == Count::Kind::Literal && c->literal == 0)
                return fail<Count>(ChecklistQuantity::tr("unknown \"per %1\" (sink, basin, air gun, water gun, "
                                                         "pre-rinse faucet, wrist-blade faucet or DI faucet)")
                                       .arg(words.join(u' ')));
        } else {
            if (t.kind == Token::Kind::End)
                return fail<Count>(ChecklistCondition::tr("a count is missing"));
            return fail<Count>(ChecklistCondition::tr("\"%1\" is not a count (a number, basinCount or count(...))").arg(t.text));
        }
        QStringList parts;
        for (qsizetype i = start; i < m_pos; ++i)
            parts << m_tokens.at(i).text;
        c->text = parts.join(u' ');
        return c;
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QString* m_error;
};

bool compareCounts(int a, CompareOp op, int b)
{
    switch (op) {
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
    }
    return false;
}

const Basin* basinOf(const ChecklistSubject& s, int position)
{
    if (position < 1 || position > s.basinCount())
        return nullptr;
    return s.basinAt(position);
}

bool evaluateNode(const Node& n, const ChecklistSubject& s, int position)
{
    const SinkConfiguration& c = s.config;
    switch (n.kind) {
    case Node::Kind::And:
        return std::all_of(n.children.cbegin(), n.children.cend(),
                           [&](const auto& child) { return evaluateNode(*child, s, position); });
    case Node::Kind::Or:
        return std::any_of(n.children.cbegin(), n.children.cend(),
                           [&](const auto& child) { return evaluateNode(*child, s, position); });
    case Node::Kind::Not: return !evaluateNode(*n.children.first(), s, position);
    case Node::Kind::Pegboard: return c.pegboard.has_value();
    case Node::Kind::HeightAdjustable: return c.legs.height == LegsHeight::HeightAdjustable;
    case Node::Kind::AnyFaucet: return !c.faucets.isEmpty();
    case Node::Kind::BasinLight: {
        const Basin* b = basinOf(s, position);
        return b && b->basinLight;
    }
    case Node::Kind::BasinPTrap: {
        const Basin* b = basinOf(s, position);
        return b && b->pTrap;
    }
    case Node::Kind::FeetIs: return (c.feet == n.feet) != n.negated;
    case Node::Kind::LanguageIs: return (s.order.language == n.language) != n.negated;
    case Node::Kind::BasinTypeIn: {
        const Basin* b = basinOf(s, position);
        if (!b)
            return false; // no basin at this position: nothing about it is true
        return n.basinTypes.contains(b->type) != n.negated;
    }
    case Node::Kind::AnyBasin:
        return std::any_of(c.basins.cbegin(), c.basins.cend(), [&](const Basin& b) {
            return b.position >= 1 && b.position <= s.basinCount() && n.basinTypes.contains(b.type);
        });
    case Node::Kind::HasFaucet:
        return std::any_of(c.faucets.cbegin(), c.faucets.cend(), [&](const Faucet& f) { return f.type == n.faucet; });
    case Node::Kind::HasSprayer:
        return std::any_of(c.sprayers.cbegin(), c.sprayers.cend(),
                           [&](const Sprayer& sp) { return n.sprayers.contains(sp.type); });
    case Node::Kind::Compare: return compareCounts(n.lhs->evaluate(s), n.op, n.rhs->evaluate(s));
    }
    return false;
}

QString groupWords(const QString& group)
{
    if (group == u"E_DRAIN")
        return ChecklistCondition::tr("E-Drain basin");
    if (group == u"E_SINK")
        return ChecklistCondition::tr("E-Sink or E-Sink DI basin");
    if (group == u"E_SINK_STD")
        return ChecklistCondition::tr("standard E-Sink basin (not DI)");
    return ChecklistCondition::tr("E-Sink DI basin");
}

QString sprayerWords(const Node& n)
{
    if (n.group == u"AIR_GUN")
        return ChecklistCondition::tr("air gun");
    if (n.group == u"WATER_GUN")
        return ChecklistCondition::tr("water gun");
    return ChecklistWords::sprayerType(n.sprayers.value(0));
}

QString countFact(const Count& count, const ChecklistSubject& s)
{
    if (count.kind == Count::Kind::BasinCount)
        return s.basinCount() == 1 ? ChecklistCondition::tr("The sink has 1 basin.")
                                   : ChecklistCondition::tr("The sink has %1 basins.").arg(s.basinCount());
    return ChecklistCondition::tr("%1 is %2.").arg(count.text).arg(count.evaluate(s));
}

// The facts the node looked at, in words: what the configuration is, whatever the node's answer.
QStringList facts(const Node& n, const ChecklistSubject& s, int position, bool onlyFalse)
{
    const SinkConfiguration& c = s.config;
    QStringList out;
    switch (n.kind) {
    case Node::Kind::And:
    case Node::Kind::Or:
        for (const auto& child : n.children)
            if (!onlyFalse || n.kind == Node::Kind::Or || !evaluateNode(*child, s, position))
                for (const QString& f : facts(*child, s, position, onlyFalse))
                    if (!out.contains(f))
                        out << f;
        return out;
    case Node::Kind::Not: return facts(*n.children.first(), s, position, false);
    case Node::Kind::Pegboard:
        return {c.pegboard ? ChecklistCondition::tr("The sink has a pegboard.")
                           : ChecklistCondition::tr("The sink has no pegboard.")};
    case Node::Kind::HeightAdjustable:
        switch (c.legs.height) {
        case LegsHeight::HeightAdjustable: return {ChecklistCondition::tr("The legs are height adjustable.")};
        case LegsHeight::FixedHeight: return {ChecklistCondition::tr("The legs are fixed height.")};
        default: return {ChecklistCondition::tr("The legs' height type is not chosen.")};
        }
    case Node::Kind::AnyFaucet:
        return {c.faucets.isEmpty() ? ChecklistCondition::tr("The sink has no faucet.")
                    : c.faucets.size() == 1 ? ChecklistCondition::tr("The sink has 1 faucet.")
                                            : ChecklistCondition::tr("The sink has %1 faucets.").arg(c.faucets.size())};
    case Node::Kind::BasinLight:
    case Node::Kind::BasinPTrap:
    case Node::Kind::BasinTypeIn: {
        const Basin* b = basinOf(s, position);
        if (!b)
            return {ChecklistCondition::tr("The sink has no basin %1.").arg(position)};
        if (n.kind == Node::Kind::BasinLight)
            return {b->basinLight ? ChecklistCondition::tr("Basin %1 has a basin light.").arg(position)
                                  : ChecklistCondition::tr("Basin %1 has no basin light.").arg(position)};
        if (n.kind == Node::Kind::BasinPTrap)
            return {b->pTrap ? ChecklistCondition::tr("Basin %1 has a P-trap.").arg(position)
                             : ChecklistCondition::tr("Basin %1 has no P-trap.").arg(position)};
        return {ChecklistCondition::tr("Basin %1 is %2.").arg(position).arg(ChecklistWords::basinType(b->type))};
    }
    case Node::Kind::FeetIs: return {ChecklistCondition::tr("Feet: %1.").arg(ChecklistWords::feet(c.feet))};
    case Node::Kind::LanguageIs:
        return {ChecklistCondition::tr("The order's language is %1.").arg(ChecklistWords::language(s.order.language))};
    case Node::Kind::AnyBasin:
        return {evaluateNode(n, s, position) ? ChecklistCondition::tr("The sink has at least one %1.").arg(groupWords(n.group))
                                             : ChecklistCondition::tr("The sink has no %1.").arg(groupWords(n.group))};
    case Node::Kind::HasFaucet:
        return {evaluateNode(n, s, position)
                    ? ChecklistCondition::tr("The sink has at least one %1.").arg(ChecklistWords::faucetType(n.faucet))
                    : ChecklistCondition::tr("The sink has no %1.").arg(ChecklistWords::faucetType(n.faucet))};
    case Node::Kind::HasSprayer:
        return {evaluateNode(n, s, position) ? ChecklistCondition::tr("The sink has at least one %1.").arg(sprayerWords(n))
                                             : ChecklistCondition::tr("The sink has no %1.").arg(sprayerWords(n))};
    case Node::Kind::Compare: {
        if (n.lhs->kind != Count::Kind::Literal)
            out << countFact(*n.lhs, s);
        if (n.rhs->kind != Count::Kind::Literal)
            out << countFact(*n.rhs, s);
        if (out.isEmpty()) // two numbers: say what the left one is
            out << countFact(*n.lhs, s);
        return out;
    }
    }
    return out;
}

QString inches(const std::optional<double>& v)
{
    return v ? CustomPartNumber::formatDimension(*v) : QStringLiteral("?");
}

QString basinSizeWords(const BasinSize& size)
{
    switch (size.kind) {
    case BasinSize::Kind::Standard: return size.standard;
    case BasinSize::Kind::Custom:
        return ChecklistExpectation::tr("custom %1 x %2 x %3 in")
            .arg(inches(size.widthIn), inches(size.lengthIn), inches(size.depthIn));
    default: return ChecklistExpectation::tr("size not chosen");
    }
}

// The faucets that stand at a basin: its centre, or between it and a neighbour. A faucet whose
// placement was not recorded may stand anywhere and is shown at every basin.
bool faucetAtBasin(const Faucet& f, int position)
{
    switch (f.placement) {
    case FaucetPlacement::CenterOfBasin1: return position == 1;
    case FaucetPlacement::CenterOfBasin2: return position == 2;
    case FaucetPlacement::CenterOfBasin3: return position == 3;
    case FaucetPlacement::Between12: return position == 1 || position == 2;
    case FaucetPlacement::Between23: return position == 2 || position == 3;
    default: return true;
    }
}

} // namespace

// ---- ChecklistCondition ---------------------------------------------------------------------------

std::optional<ChecklistCondition> ChecklistCondition::parse(const QString& text, QString* error)
{
    QString why;
    QList<Token> tokens;
    if (text.trimmed().isEmpty()) {
        why = tr("the condition is empty");
    } else if (tokenize(text, &tokens, &why)) {
        Parser parser(tokens, &why);
        auto root = parser.condition();
        if (root && why.isEmpty()) {
            ChecklistCondition c;
            c.m_root = root;
            c.m_text = text;
            return c;
        }
    }
    if (error)
        *error = why;
    return std::nullopt;
}

bool ChecklistCondition::evaluate(const ChecklistSubject& subject, int position) const
{
    return m_root && evaluateNode(*m_root, subject, position);
}

QString ChecklistCondition::reasonFalse(const ChecklistSubject& subject, int position) const
{
    return m_root ? facts(*m_root, subject, position, true).join(u' ') : QString();
}

bool ChecklistCondition::refersToBasin() const
{
    return m_root && m_root->refersToBasin();
}

// ---- ChecklistQuantity ----------------------------------------------------------------------------

std::optional<ChecklistQuantity> ChecklistQuantity::parse(const QString& text, QString* error)
{
    QString why;
    QList<Token> tokens;
    ChecklistQuantity q;
    q.m_text = text;
    if (text.trimmed().isEmpty()) {
        why = tr("the quantity is empty");
    } else if (tokenize(text, &tokens, &why)) {
        Parser parser(tokens, &why);
        for (;;) {
            Term term;
            term.count = parser.product(true);
            if (!term.count)
                break;
            QStringList unit;
            while (parser.peek().kind == Token::Kind::Word) {
                unit << parser.peek().text;
                parser.next();
            }
            const QString u = unit.join(u' ');
            if (u.isEmpty())
                term.unit = Unit::None;
            else if (u == u"hoses")
                term.unit = Unit::Hoses;
            else if (u == u"clamps")
                term.unit = Unit::Clamps;
            else if (u == u"shelves and tubesets")
                term.unit = Unit::ShelvesAndTubesets;
            else {
                why = tr("unknown unit \"%1\" (hoses, clamps, shelves and tubesets)").arg(u);
                break;
            }
            q.m_terms.append(term);
            if (parser.atEnd())
                break;
            if (!parser.isSymbol(u",")) {
                why = tr("unexpected \"%1\"").arg(parser.peek().text);
                break;
            }
            parser.next();
        }
    }
    if (why.isEmpty() && !q.m_terms.isEmpty())
        return q;
    if (error)
        *error = why;
    return std::nullopt;
}

QList<ChecklistQuantity::Part> ChecklistQuantity::evaluate(const ChecklistSubject& subject, int) const
{
    QList<Part> parts;
    for (const Term& t : m_terms)
        parts.append({t.count->evaluate(subject), t.unit});
    return parts;
}

QString ChecklistQuantity::words(const QList<Part>& parts)
{
    QStringList out;
    for (const Part& p : parts) {
        switch (p.unit) {
        case Unit::None: out << QString::number(p.count); break;
        case Unit::Hoses: out << (p.count == 1 ? tr("1 hose") : tr("%1 hoses").arg(p.count)); break;
        case Unit::Clamps: out << (p.count == 1 ? tr("1 clamp") : tr("%1 clamps").arg(p.count)); break;
        case Unit::ShelvesAndTubesets:
            out << (p.count == 1 ? tr("1 shelf and tubeset") : tr("%1 shelves and tubesets").arg(p.count));
            break;
        }
    }
    return out.join(QStringLiteral(", "));
}

// ---- ChecklistExpectation -------------------------------------------------------------------------

std::optional<ChecklistExpectation> ChecklistExpectation::parse(const QString& text, QString* error)
{
    static const QList<std::pair<QString, Source>> names{
        {QStringLiteral("widthIn"), Source::Width},
        {QStringLiteral("lengthIn"), Source::Length},
        {QStringLiteral("basin sizes"), Source::BasinSizes},
        {QStringLiteral("basinCount"), Source::BasinCount},
        {QStringLiteral("basin.type"), Source::BasinType},
        {QStringLiteral("feet"), Source::Feet},
        {QStringLiteral("language"), Source::Language},
        {QStringLiteral("configuration"), Source::Configuration},
        {QStringLiteral("pegboard type and size"), Source::Pegboard},
        {QStringLiteral("faucet placements"), Source::FaucetPlacements},
        {QStringLiteral("sprayer locations"), Source::SprayerLocations},
        {QStringLiteral("control box id in the BOM"), Source::ControlBox},
        {QStringLiteral("BOM"), Source::Bom}};
    // Split at the commas outside parentheses; drop each piece's parenthesised remark.
    QStringList pieces;
    QString current;
    int depth = 0;
    bool balanced = true;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            balanced = balanced && --depth >= 0;
        if (c == u',' && depth == 0) {
            pieces << current;
            current.clear();
        } else if (depth == 0 && c != u')') {
            current += c;
        }
    }
    pieces << current;
    QString why;
    ChecklistExpectation e;
    e.m_text = text;
    if (!balanced || depth != 0)
        why = tr("the parentheses do not match");
    for (const QString& piece : std::as_const(pieces)) {
        if (!why.isEmpty())
            break;
        const QString name = piece.simplified();
        auto it = std::find_if(names.cbegin(), names.cend(), [&](const auto& n) { return n.first == name; });
        if (name.isEmpty())
            why = tr("a value source is empty");
        else if (it == names.cend())
            why = tr("unknown value source \"%1\"").arg(name);
        else
            e.m_sources.append(it->second);
    }
    if (why.isEmpty())
        return e;
    if (error)
        *error = why;
    return std::nullopt;
}

bool ChecklistExpectation::refersToBasin() const
{
    return m_sources.contains(Source::BasinType);
}

std::optional<double> ChecklistExpectation::expectedNumber(const ChecklistSubject& subject) const
{
    if (m_sources == QList<Source>{Source::BasinCount})
        return subject.basinCount();
    return std::nullopt;
}

QString ChecklistExpectation::evaluate(const ChecklistSubject& s, int position) const
{
    const SinkConfiguration& c = s.config;
    QStringList out;
    for (Source source : m_sources) {
        switch (source) {
        case Source::Width: out << tr("width %1 in").arg(inches(c.widthIn)); break;
        case Source::Length: out << tr("length %1 in").arg(inches(c.lengthIn)); break;
        case Source::BasinSizes: {
            QStringList sizes;
            for (const Basin& b : c.basins)
                if (position == 0 || b.position == position)
                    sizes << tr("basin %1: %2").arg(b.position).arg(basinSizeWords(b.size));
            out << (sizes.isEmpty() ? tr("no basin") : sizes.join(QStringLiteral(", ")));
            break;
        }
        case Source::BasinCount: out << ChecklistWords::basinCount(s.basinCount()); break;
        case Source::BasinType: {
            const Basin* b = basinOf(s, position);
            out << ChecklistWords::basinType(b ? b->type : BasinType::Unset);
            break;
        }
        case Source::Feet: out << ChecklistWords::feet(c.feet); break;
        case Source::Language: out << ChecklistWords::language(s.order.language); break;
        case Source::Configuration: {
            QStringList basins;
            for (const Basin& b : c.basins)
                basins << tr("%1 %2").arg(ChecklistWords::basinType(b.type), basinSizeWords(b.size));
            out << tr("model %1, %2 x %3 in, %4: %5")
                       .arg(toString(c.model).isEmpty() ? tr("not chosen") : toString(c.model), inches(c.widthIn),
                            inches(c.lengthIn), ChecklistWords::basinCount(s.basinCount()),
                            basins.join(QStringLiteral(" + ")));
            break;
        }
        case Source::Pegboard: {
            if (!c.pegboard) {
                out << tr("no pegboard");
                break;
            }
            QString type;
            switch (c.pegboard->type) {
            case PegboardType::Perforated: type = tr("perforated pegboard"); break;
            case PegboardType::Solid: type = tr("solid pegboard"); break;
            default: type = tr("pegboard of no chosen type"); break;
            }
            QString size;
            switch (c.pegboard->size.kind) {
            case PegboardSize::Kind::SameAsSink: {
                const QString panel = c.lengthIn ? MdrdRules::pegboardPanelFor(*c.lengthIn) : QString();
                size = panel.isEmpty() ? tr("same size as the sink") : tr("same size as the sink (%1)").arg(panel);
                break;
            }
            case PegboardSize::Kind::Custom:
                size = tr("custom %1 x %2 in").arg(inches(c.pegboard->size.widthIn), inches(c.pegboard->size.lengthIn));
                break;
            default: size = tr("size not chosen"); break;
            }
            out << tr("%1, %2").arg(type, size);
            break;
        }
        case Source::FaucetPlacements: {
            QStringList faucets;
            for (const Faucet& f : c.faucets)
                if (position == 0 || faucetAtBasin(f, position))
                    faucets << tr("%1: %2").arg(ChecklistWords::faucetType(f.type), ChecklistWords::placement(f.placement));
            if (faucets.isEmpty())
                out << (position == 0 ? tr("no faucet") : tr("no faucet at this basin"));
            else
                out << faucets.join(QStringLiteral(", "));
            break;
        }
        case Source::SprayerLocations: {
            QStringList sprayers;
            for (const Sprayer& sp : c.sprayers)
                sprayers << tr("%1: %2").arg(ChecklistWords::sprayerType(sp.type), ChecklistWords::location(sp.location));
            out << (sprayers.isEmpty() ? tr("no sprayer") : sprayers.join(QStringLiteral(", ")));
            break;
        }
        case Source::ControlBox: {
            int edr = 0, esk = 0;
            for (const Basin& b : c.basins) {
                edr += b.type == BasinType::EDrain ? 1 : 0;
                esk += b.type == BasinType::ESink || b.type == BasinType::ESinkDi ? 1 : 0;
            }
            const QString box = edr + esk == int(c.basins.size()) ? MdrdRules::controlBoxFor(edr, esk) : QString();
            out << (box.isEmpty() ? tr("no control box (the basin types are not complete)") : tr("control box %1").arg(box));
            break;
        }
        case Source::Bom: out << tr("the build's BOM"); break;
        }
    }
    return out.join(QStringLiteral("; "));
}

// ---- ChecklistOptionFilter ------------------------------------------------------------------------

std::optional<ChecklistOptionFilter> ChecklistOptionFilter::parse(const QString& text, QString* error)
{
    static const QRegularExpression rule(QStringLiteral("^drop\\s+\"([^\"]+)\"\\s+when\\s+(.+)$"));
    static const QRegularExpression fewer(QStringLiteral("^the sink has fewer than (\\d) basins?$"));
    ChecklistOptionFilter f;
    f.m_text = text;
    QString why;
    for (const QString& raw : text.split(u';')) {
        const QString piece = raw.trimmed();
        if (!piece.startsWith(QStringLiteral("drop")))
            continue; // a remark
        const auto m = rule.match(piece);
        if (!m.hasMatch()) {
            why = tr("\"%1\" is not of the form: drop \"OPTION\" when CONDITION").arg(piece);
            break;
        }
        QString condition = m.captured(2).trimmed();
        if (const auto n = fewer.match(condition); n.hasMatch())
            condition = QStringLiteral("basinCount < ") + n.captured(1);
        QString conditionError;
        const auto when = ChecklistCondition::parse(condition, &conditionError);
        if (!when) {
            why = tr("the condition of \"%1\": %2").arg(piece, conditionError);
            break;
        }
        f.m_rules.append({m.captured(1), *when});
    }
    if (why.isEmpty() && f.m_rules.isEmpty())
        why = tr("no rule of the form: drop \"OPTION\" when CONDITION");
    if (why.isEmpty())
        return f;
    if (error)
        *error = why;
    return std::nullopt;
}

QStringList ChecklistOptionFilter::apply(const QStringList& options, const ChecklistSubject& subject, int position) const
{
    QStringList out = options;
    for (const Rule& r : m_rules)
        if (r.when.evaluate(subject, position))
            out.removeAll(r.option);
    return out;
}

bool ChecklistOptionFilter::refersToBasin() const
{
    return std::any_of(m_rules.cbegin(), m_rules.cend(), [](const Rule& r) { return r.when.refersToBasin(); });
}

// ---- ChecklistWords -------------------------------------------------------------------------------

QString ChecklistWords::basinType(BasinType type)
{
    switch (type) {
    case BasinType::EDrain: return tr("E-Drain");
    case BasinType::ESink: return tr("E-Sink");
    case BasinType::ESinkDi: return tr("E-Sink DI");
    default: return tr("of no chosen type");
    }
}

QString ChecklistWords::faucetType(FaucetType type)
{
    switch (type) {
    case FaucetType::WristBlade: return tr("wrist-blade faucet");
    case FaucetType::PreRinse: return tr("pre-rinse faucet");
    case FaucetType::DiGooseneck: return tr("DI gooseneck faucet");
    default: return tr("faucet of no chosen type");
    }
}

QString ChecklistWords::sprayerType(SprayerType type)
{
    switch (type) {
    case SprayerType::WaterGunTurret: return tr("water gun (turret)");
    case SprayerType::WaterGunRosette: return tr("water gun (rosette)");
    case SprayerType::AirGunTurret: return tr("air gun (turret)");
    case SprayerType::AirGunRosette: return tr("air gun (rosette)");
    default: return tr("sprayer of no chosen type");
    }
}

QString ChecklistWords::placement(FaucetPlacement placement)
{
    switch (placement) {
    case FaucetPlacement::CenterOfBasin1: return tr("centre of basin %1").arg(1);
    case FaucetPlacement::CenterOfBasin2: return tr("centre of basin %1").arg(2);
    case FaucetPlacement::CenterOfBasin3: return tr("centre of basin %1").arg(3);
    case FaucetPlacement::Between12: return tr("between basins %1 and %2").arg(1).arg(2);
    case FaucetPlacement::Between23: return tr("between basins %1 and %2").arg(2).arg(3);
    default: return tr("placement not recorded");
    }
}

QString ChecklistWords::location(SprayerLocation location)
{
    switch (location) {
    case SprayerLocation::LeftSide: return tr("left side");
    case SprayerLocation::RightSide: return tr("right side");
    default: return tr("location not recorded");
    }
}

QString ChecklistWords::feet(Feet feet)
{
    switch (feet) {
    case Feet::LockLevelingCasters: return tr("lock and levelling castors");
    case Feet::SeismicFeet: return tr("levelling feet (seismic)");
    default: return tr("not chosen");
    }
}

QString ChecklistWords::language(DocumentLanguage language)
{
    switch (language) {
    case DocumentLanguage::EN: return tr("English");
    case DocumentLanguage::FR: return tr("French");
    case DocumentLanguage::ES: return tr("Spanish");
    default: return tr("not chosen");
    }
}

QString ChecklistWords::basinCount(int count)
{
    // Explicit forms, not %n: English is the source language and has no translation file to pluralise.
    return count == 1 ? tr("1 basin") : tr("%1 basins").arg(count);
}

} // namespace cs::domain
