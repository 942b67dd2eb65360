// A small English-like grammar for the demo model's corpus. Sentences agree in number ("the dog runs", "the dogs
// run"), nest relative clauses ("the cat that the dogs follow sleeps"), count ("Alice has 3 apples"), and reuse the
// document's few names, so that a model learns previous-token, induction (copying) and agreement behaviour.
#include "training/demo_corpus.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace attnscope::training {

namespace {

struct Noun {
    std::string singular;
    std::string plural;
};

struct Verb {
    std::string singular;  // present, third person singular
    std::string plural;    // present, plural
    std::string past;
};

const std::vector<std::string> kNames = {"Alice", "Bob",  "Carol", "David", "Emma", "Frank", "Grace", "Henry",
                                         "Iris",  "Jack", "Kate",  "Leo",   "Maria", "Nina", "Oscar", "Paul",
                                         "Rosa",  "Sam",  "Tina",  "Victor", "Wendy", "Yuki", "Zoe",   "Omar",
                                         "Lena",  "Hugo", "Ivy",   "Max",   "Nora",  "Ravi"};

const std::vector<Noun> kAgents = {{"dog", "dogs"},         {"cat", "cats"},           {"teacher", "teachers"},
                                   {"student", "students"}, {"bird", "birds"},         {"farmer", "farmers"},
                                   {"child", "children"},   {"doctor", "doctors"},     {"king", "kings"},
                                   {"robot", "robots"},     {"friend", "friends"},     {"painter", "painters"},
                                   {"baker", "bakers"},     {"sailor", "sailors"},     {"neighbour", "neighbours"}};

const std::vector<Noun> kThings = {{"book", "books"},   {"apple", "apples"}, {"letter", "letters"},
                                   {"ball", "balls"},   {"song", "songs"},   {"house", "houses"},
                                   {"garden", "gardens"}, {"boat", "boats"}, {"cake", "cakes"},
                                   {"map", "maps"},     {"key", "keys"},     {"box", "boxes"},
                                   {"picture", "pictures"}, {"story", "stories"}, {"lamp", "lamps"},
                                   {"door", "doors"},   {"window", "windows"}, {"car", "cars"}};

const std::vector<std::string> kAdjectives = {"old",   "young", "small", "big",    "red",   "blue",  "happy",
                                              "quiet", "clever", "tired", "brave", "green", "bright", "heavy"};

const std::vector<Verb> kTransitive = {
    {"sees", "see", "saw"},           {"likes", "like", "liked"},         {"finds", "find", "found"},
    {"reads", "read", "read"},        {"paints", "paint", "painted"},     {"opens", "open", "opened"},
    {"carries", "carry", "carried"},  {"follows", "follow", "followed"},  {"visits", "visit", "visited"},
    {"helps", "help", "helped"},      {"watches", "watch", "watched"},    {"writes", "write", "wrote"}};

const std::vector<Verb> kIntransitive = {{"runs", "run", "ran"},       {"sleeps", "sleep", "slept"},
                                         {"sings", "sing", "sang"},    {"laughs", "laugh", "laughed"},
                                         {"waits", "wait", "waited"},  {"smiles", "smile", "smiled"}};

const std::vector<std::string> kPlaces = {"the garden", "the river", "the market", "the school", "the bridge",
                                          "the forest", "the city",  "the harbour"};

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// Builds sentences for one document; `cast` holds the document's recurring names.
class SentenceBuilder {
public:
    SentenceBuilder(DeterministicRandom& random, std::vector<std::string> cast) : random_(random), cast_(std::move(cast)) {}

    std::string sentence() {
        switch (random_.below(9)) {
            case 0: return agreementSentence();
            case 1: return relativeClauseSentence();
            case 2: return givingSentence();
            case 3: return countingSentence();
            case 4: return sequenceSentence();
            case 5: return reportedSentence();
            case 6: return whenSentence();
            case 7: return placeSentence();
            default: return nameSentence();
        }
    }

private:
    const std::string& name() { return random_.pick(cast_); }

    // A noun phrase with a number: "the dog", "the old cats", "a teacher".
    std::string nounPhrase(bool plural) {
        const Noun& noun = random_.pick(kAgents);
        std::string phrase = plural ? "the" : (random_.chance(0.7) ? "the" : "a");
        if (random_.chance(0.35)) phrase += " " + random_.pick(kAdjectives);
        return phrase + " " + (plural ? noun.plural : noun.singular);
    }

    std::string thing() {
        const Noun& noun = random_.pick(kThings);
        std::string phrase = "the";
        if (random_.chance(0.3)) phrase += " " + random_.pick(kAdjectives);
        return phrase + " " + noun.singular;
    }

    std::string agreementSentence() {
        const bool plural = random_.chance(0.5);
        const Verb& verb = random_.pick(kIntransitive);
        return capitalised(nounPhrase(plural)) + " " + (plural ? verb.plural : verb.singular) + ".";
    }

    // "the cat that the dogs follow sleeps": the main verb agrees with the outer subject across the clause.
    std::string relativeClauseSentence() {
        const bool outerPlural = random_.chance(0.5);
        const bool innerPlural = random_.chance(0.5);
        const Verb& inner = random_.pick(kTransitive);
        const Verb& outer = random_.pick(kIntransitive);
        std::string clause = random_.chance(0.5)
                                 ? "that " + nounPhrase(innerPlural) + " " + (innerPlural ? inner.plural : inner.singular)
                                 : "that " + name() + " " + inner.singular;
        return capitalised(nounPhrase(outerPlural)) + " " + clause + " " + (outerPlural ? outer.plural : outer.singular) +
               ".";
    }

    std::string givingSentence() {
        const std::string giver = name();
        std::string receiver = name();
        if (receiver == giver) receiver = random_.pick(kNames);
        return giver + (random_.chance(0.5) ? " gives " : " gave ") + receiver + " " + thing() + ".";
    }

    std::string countingSentence() {
        const Noun& noun = random_.pick(kThings);
        const int a = random_.between(2, 9);
        const int b = random_.between(2, 9);
        const std::string first = name();
        const std::string second = name();
        if (first == second)
            return first + " has " + std::to_string(a) + " " + noun.plural + ".";
        return first + " has " + std::to_string(a) + " " + noun.plural + " and " + second + " has " + std::to_string(b) +
               " " + noun.plural + ", so they have " + std::to_string(a + b) + " " + noun.plural + ".";
    }

    std::string sequenceSentence() {
        const int start = random_.between(1, 20);
        const int length = random_.between(4, 8);
        std::string text = name() + " counts";
        for (int i = 0; i < length; ++i) text += " " + std::to_string(start + i);
        return text + ".";
    }

    std::string reportedSentence() {
        const Verb& verb = random_.pick(kTransitive);
        return name() + " said that " + name() + " " + verb.past + " " + thing() + ".";
    }

    std::string whenSentence() {
        const Verb& first = random_.pick(kTransitive);
        const Verb& second = random_.pick(kIntransitive);
        return "When " + name() + " " + first.past + " " + thing() + ", " + name() + " " + second.past + ".";
    }

    std::string placeSentence() {
        const bool plural = random_.chance(0.4);
        const Verb& verb = random_.pick(kIntransitive);
        return capitalised(nounPhrase(plural)) + " " + (plural ? verb.plural : verb.singular) + " near " +
               random_.pick(kPlaces) + " with " + name() + ".";
    }

    std::string nameSentence() {
        const Verb& verb = random_.pick(kTransitive);
        return name() + " " + verb.singular + " " + (random_.chance(0.5) ? thing() : nounPhrase(random_.chance(0.5))) +
               ".";
    }

    DeterministicRandom& random_;
    std::vector<std::string> cast_;
};

}  // namespace

std::string DemoGrammar::document(DeterministicRandom& random, double endChance, char separator) const {
    std::vector<std::string> cast;
    const int castSize = random.between(2, 3);
    while (static_cast<int>(cast.size()) < castSize) {
        const std::string& candidate = random.pick(kNames);
        if (std::find(cast.begin(), cast.end(), candidate) == cast.end()) cast.push_back(candidate);
    }
    SentenceBuilder builder(random, cast);
    std::string text;
    if (endChance > 0) {
        do {
            if (!text.empty()) text += separator;
            text += builder.sentence();
        } while (documentGoesOn(random, endChance, text.size()));
        return text;
    }
    const int sentences = random.between(3, 8);
    for (int i = 0; i < sentences; ++i) {
        if (!text.empty()) text += separator;
        text += builder.sentence();
    }
    return text;
}

std::vector<std::string> DemoGrammar::words() const {
    std::set<std::string> words = {"the", "The", "a", "A", "that", "said", "gives", "gave", "has", "and", "so",
                                   "they", "have", "counts", "When", "near", "with", ".", ","};
    for (const auto& n : kNames) words.insert(n);
    for (const auto& n : kAgents) words.insert({n.singular, n.plural});
    for (const auto& n : kThings) words.insert({n.singular, n.plural});
    for (const auto& a : kAdjectives) words.insert(a);
    for (const auto& v : kTransitive) words.insert({v.singular, v.plural, v.past});
    for (const auto& v : kIntransitive) words.insert({v.singular, v.plural, v.past});
    for (const auto& p : kPlaces) {
        std::istringstream stream(p);
        std::string word;
        while (stream >> word) words.insert(word);
    }
    for (int i = 0; i <= 30; ++i) words.insert(std::to_string(i));
    return {words.begin(), words.end()};
}

}  // namespace attnscope::training
