// The project's own fuzz driver: runs a libFuzzer-style target (LLVMFuzzerTestOneInput) on any
// compiler, without coverage feedback. It runs every seed as is, then a fixed number of mutated
// inputs (or for a fixed time), each made from a seed or from one of the last mutants by stacked
// byte mutations, dictionary tokens and the target's own structure-aware mutator when it has one.
// Everything follows from --seed: the same seed and corpus give the same inputs, so a failure seen
// in CI is found again with the command it prints.
//
// Per input: a crash (signal, sanitizer report, failed property) or a run longer than --timeout-ms
// stops the driver; the input is written to the artifacts directory first.

#include "fuzzsupport.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));
extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int seed)
    __attribute__((weak));
extern "C" void csFuzzSeeds(std::vector<std::string>* seeds) __attribute__((weak));
// Present when the program runs under a sanitizer: called before a sanitizer ends the process.
extern "C" void __sanitizer_set_death_callback(void (*callback)()) __attribute__((weak));

namespace {

using Clock = std::chrono::steady_clock;

std::mt19937_64 g_rng;                 // the mutation stream (LLVMFuzzerMutate draws from it)
std::vector<std::string> g_dictionary; // tokens inserted by the byte mutations

// The input being run, for the artifact written on a crash or a timeout.
std::mutex g_currentMutex;
std::string g_current;
std::string g_currentLabel;          // "seed 3" or "mutation 812"
std::string g_currentEscaped;        // small inputs, printable, for the log
char g_artifactPrefix[4096];         // "<dir>/<target>-"
std::atomic<long long> g_startedNs{0}; // 0 while no input runs
std::atomic<bool> g_artifactWritten{false};

std::string escapeForLog(const std::string& s, size_t limit)
{
    std::string out;
    for (size_t i = 0; i < s.size() && i < limit; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\\') {
            out += "\\\\";
        } else if (c >= 0x20 && c < 0x7f) {
            out += char(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        }
    }
    if (s.size() > limit)
        out += "...";
    return out;
}

// Async-signal-safe enough: open/write/close on preformatted data only.
void writeArtifact(const char* kind)
{
    if (g_artifactWritten.exchange(true))
        return;
    char path[4200];
    const unsigned long long hash = std::hash<std::string>{}(g_current);
    std::snprintf(path, sizeof path, "%s%s-%016llx", g_artifactPrefix, kind, hash);
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        const char* p = g_current.data();
        size_t left = g_current.size();
        while (left > 0) {
            const ssize_t n = ::write(fd, p, left);
            if (n <= 0)
                break;
            p += n;
            left -= size_t(n);
        }
        ::close(fd);
    }
    char msg[4600];
    const int len = std::snprintf(msg, sizeof msg, "\nfuzz driver: %s on %s (%zu bytes), input written to %s\n", kind,
                                  g_currentLabel.c_str(), g_current.size(), path);
    if (len > 0)
        (void)!::write(2, msg, size_t(std::min<int>(len, int(sizeof msg) - 1)));
    if (!g_currentEscaped.empty()) {
        (void)!::write(2, "input: \"", 8);
        (void)!::write(2, g_currentEscaped.data(), g_currentEscaped.size());
        (void)!::write(2, "\"\n", 2);
    }
}

void onSanitizerDeath()
{
    writeArtifact("crash");
}

void onSignal(int sig)
{
    writeArtifact("crash");
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

long long nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

void watchdog(long long timeoutMs)
{
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const long long started = g_startedNs.load();
        if (started != 0 && (nowNs() - started) / 1000000 > timeoutMs) {
            std::lock_guard lock(g_currentMutex);
            if (g_startedNs.load() != started)
                continue;
            std::fprintf(stderr, "\nfuzz driver: %s ran longer than %lld ms (a hang)\n", g_currentLabel.c_str(),
                         timeoutMs);
            writeArtifact("timeout");
            std::_Exit(70);
        }
    }
}

// libFuzzer dictionary files: one token per line, `name="value"` or `"value"`, with \\, \" and \xNN.
std::vector<std::string> readDictionary(const std::string& path)
{
    std::vector<std::string> tokens;
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "fuzz driver: cannot read the dictionary %s\n", path.c_str());
        std::exit(2);
    }
    std::string line;
    while (std::getline(in, line)) {
        const size_t open = line.find('"');
        const size_t close = line.rfind('"');
        if (line.empty() || line[0] == '#' || open == std::string::npos || close <= open)
            continue;
        std::string token;
        for (size_t i = open + 1; i < close; ++i) {
            if (line[i] == '\\' && i + 1 < close) {
                if (line[i + 1] == 'x' && i + 3 < close) {
                    token += char(std::stoi(line.substr(i + 2, 2), nullptr, 16));
                    i += 3;
                } else {
                    token += line[++i];
                }
            } else {
                token += line[i];
            }
        }
        tokens.push_back(token);
    }
    return tokens;
}

size_t below(size_t n)
{
    return n == 0 ? 0 : size_t(g_rng() % n);
}

// One byte-level mutation in place; returns the new size (<= maxSize).
size_t mutateOnce(uint8_t* data, size_t size, size_t maxSize)
{
    static const uint8_t interesting[] = {0x00, 0xff, 0x7f, 0x80, '"', '\\', '{', '}', '[', ']', ',', ':',
                                          '\n', ' ', '^', '~', '\'', '=', '-', '0', '9', 0xc3, 0xed, 0xf0};
    static const char* numbers[] = {"0", "-1", "1", "2147483647", "2147483648", "-2147483649", "1e308", "-0",
                                    "9223372036854775807", "1.5", "1e-400", "99999999999999999999", "0.0001"};
    switch (g_rng() % 11) {
    case 0: // flip a bit
        if (size)
            data[below(size)] ^= uint8_t(1u << (g_rng() % 8));
        return size;
    case 1: // a random byte
        if (size)
            data[below(size)] = uint8_t(g_rng());
        return size;
    case 2: // an interesting byte
        if (size)
            data[below(size)] = interesting[below(sizeof interesting)];
        return size;
    case 3: { // insert random bytes
        const size_t n = std::min<size_t>(1 + below(8), maxSize - size);
        const size_t at = below(size + 1);
        std::memmove(data + at + n, data + at, size - at);
        for (size_t i = 0; i < n; ++i)
            data[at + i] = uint8_t(g_rng());
        return size + n;
    }
    case 4:
    case 5: { // insert or overwrite with a dictionary token or a number
        std::string token = g_dictionary.empty() || g_rng() % 3 == 0 ? numbers[below(std::size(numbers))]
                                                                      : g_dictionary[below(g_dictionary.size())];
        const size_t at = below(size + 1);
        if (g_rng() % 2 && at + token.size() <= size) {
            std::memcpy(data + at, token.data(), token.size());
            return size;
        }
        const size_t n = std::min(token.size(), maxSize - size);
        std::memmove(data + at + n, data + at, size - at);
        std::memcpy(data + at, token.data(), n);
        return size + n;
    }
    case 6: { // erase a range
        if (size < 2)
            return size;
        const size_t n = 1 + below(std::max<size_t>(1, size / (g_rng() % 2 ? 64 : 4)));
        const size_t at = below(size - std::min(n, size) + 1);
        const size_t cut = std::min(n, size - at);
        std::memmove(data + at, data + at + cut, size - at - cut);
        return size - cut;
    }
    case 7: { // copy a range elsewhere (inserted)
        if (size < 2)
            return size;
        const size_t from = below(size);
        const size_t n = std::min({1 + below(std::max<size_t>(1, size / 8)), size - from, maxSize - size});
        const size_t at = below(size + 1);
        std::string chunk(reinterpret_cast<const char*>(data + from), n);
        std::memmove(data + at + n, data + at, size - at);
        std::memcpy(data + at, chunk.data(), n);
        return size + n;
    }
    case 8: { // overwrite a range with another part of the input
        if (size < 2)
            return size;
        const size_t from = below(size), to = below(size);
        const size_t n = std::min({1 + below(32), size - from, size - to});
        std::memmove(data + to, data + from, n);
        return size;
    }
    case 9: { // replace a run of digits with an edge number
        if (size == 0)
            return size;
        size_t at = below(size);
        while (at < size && !(data[at] >= '0' && data[at] <= '9'))
            ++at;
        if (at == size)
            return size;
        size_t end = at;
        while (end < size && ((data[end] >= '0' && data[end] <= '9') || data[end] == '.'))
            ++end;
        const std::string number = numbers[below(std::size(numbers))];
        std::string rest(reinterpret_cast<const char*>(data + end), size - end);
        const size_t newSize = at + number.size() + rest.size();
        if (newSize > maxSize)
            return size;
        std::memcpy(data + at, number.data(), number.size());
        std::memcpy(data + at + number.size(), rest.data(), rest.size());
        return newSize;
    }
    default: // truncate
        return size ? below(size) + 1 : size;
    }
}

void runOne(const std::string& input, const std::string& label)
{
    {
        std::lock_guard lock(g_currentMutex);
        g_current = input;
        g_currentLabel = label;
        g_currentEscaped = input.size() <= 256 ? escapeForLog(input, 256) : std::string();
    }
    g_startedNs.store(nowNs());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
    g_startedNs.store(0);
}

[[noreturn]] void usage(const char* argv0, int code)
{
    std::fprintf(code ? stderr : stdout,
                 "Usage: %s [options] [FILE|DIR ...]\n"
                 "Runs the fuzz target on the seed inputs (files, or every file of a directory, and the\n"
                 "target's own seeds), then on mutated inputs.\n"
                 "  --iterations N       mutated inputs after the seeds (default 1000; 0: the seeds only)\n"
                 "  --seconds S          stop mutating after S seconds (default: no time limit)\n"
                 "  --seed N             random seed of the mutations (default 1)\n"
                 "  --max-len N          mutated inputs are at most N bytes (default 1048576)\n"
                 "  --timeout-ms T       an input running longer than T ms is a hang (default 10000)\n"
                 "  --dict FILE          tokens to insert (libFuzzer dictionary format)\n"
                 "  --artifacts DIR      where a crashing or hanging input is written (default: .)\n"
                 "  --export-seeds DIR   write every seed to DIR (a corpus for libFuzzer) and stop\n",
                 argv0);
    std::exit(code);
}

} // namespace

// libFuzzer's mutation entry point for custom mutators, here with the driver's byte mutations.
extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t maxSize)
{
    if (maxSize == 0)
        return 0;
    size = std::min(size, maxSize);
    const int rounds = 1 + int(g_rng() % 4);
    for (int i = 0; i < rounds; ++i)
        size = mutateOnce(data, size, maxSize);
    return size;
}

int main(int argc, char** argv)
{
    long long iterations = 1000, seconds = -1, timeoutMs = 10000;
    unsigned long long seed = 1;
    size_t maxLen = 1 << 20;
    std::string artifacts = ".", exportDir;
    std::vector<std::string> inputs;
    const std::string name = std::filesystem::path(argv[0]).filename().string();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        auto number = [&](const char* what) {
            char* end = nullptr;
            const long long v = std::strtoll(argv[++i], &end, 10);
            if (!end || *end || v < 0) {
                std::fprintf(stderr, "%s: %s needs a number >= 0, got \"%s\"\n", name.c_str(), what, argv[i]);
                std::exit(2);
            }
            return v;
        };
        if (a == "--help" || a == "-h")
            usage(argv[0], 0);
        else if (a == "--iterations" && hasValue)
            iterations = number("--iterations");
        else if (a == "--seconds" && hasValue)
            seconds = number("--seconds");
        else if (a == "--seed" && hasValue)
            seed = (unsigned long long)number("--seed");
        else if (a == "--max-len" && hasValue)
            maxLen = size_t(std::max(1LL, number("--max-len")));
        else if (a == "--timeout-ms" && hasValue)
            timeoutMs = std::max(1LL, number("--timeout-ms"));
        else if (a == "--dict" && hasValue)
            g_dictionary = readDictionary(argv[++i]);
        else if (a == "--artifacts" && hasValue)
            artifacts = argv[++i];
        else if (a == "--export-seeds" && hasValue)
            exportDir = argv[++i];
        else if (!a.empty() && a[0] == '-')
            usage(argv[0], 2);
        else
            inputs.push_back(a);
    }
    std::snprintf(g_artifactPrefix, sizeof g_artifactPrefix, "%s/%s-", artifacts.c_str(), name.c_str());

    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    std::vector<std::string> seeds;
    for (const std::string& in : inputs) {
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(in)) {
            for (const auto& e : std::filesystem::directory_iterator(in))
                if (e.is_regular_file())
                    files.push_back(e.path());
            std::sort(files.begin(), files.end());
        } else if (std::filesystem::is_regular_file(in)) {
            files.push_back(in);
        } else {
            std::fprintf(stderr, "%s: no such file or directory: %s\n", name.c_str(), in.c_str());
            return 2;
        }
        for (const auto& f : files) {
            std::ifstream s(f, std::ios::binary);
            seeds.emplace_back(std::istreambuf_iterator<char>(s), std::istreambuf_iterator<char>());
        }
    }
    if (csFuzzSeeds)
        csFuzzSeeds(&seeds);
    if (seeds.empty())
        seeds.emplace_back();

    if (!exportDir.empty()) {
        std::filesystem::create_directories(exportDir);
        for (size_t i = 0; i < seeds.size(); ++i) {
            char file[64];
            std::snprintf(file, sizeof file, "seed-%04zu-%016llx", i,
                          (unsigned long long)std::hash<std::string>{}(seeds[i]));
            std::ofstream(std::filesystem::path(exportDir) / file, std::ios::binary) << seeds[i];
        }
        std::printf("%s: %zu seeds written to %s\n", name.c_str(), seeds.size(), exportDir.c_str());
        return 0;
    }

    // Under a sanitizer, its own handlers report faults (with the stack) and call back here before
    // the process ends; only abort() (a failed property) needs a handler of ours. Without one, every
    // fatal signal is caught, on a stack of its own so that a stack overflow is caught too.
    if (__sanitizer_set_death_callback) {
        __sanitizer_set_death_callback(onSanitizerDeath);
        std::signal(SIGABRT, onSignal);
    } else {
        static std::vector<char> altStack(1 << 16);
        stack_t ss{};
        ss.ss_sp = altStack.data();
        ss.ss_size = altStack.size();
        sigaltstack(&ss, nullptr);
        for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) {
            struct sigaction sa{};
            sa.sa_handler = onSignal;
            sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
            sigaction(sig, &sa, nullptr);
        }
    }
    std::thread(watchdog, timeoutMs).detach();

    g_rng.seed(seed);
    const auto started = Clock::now();
    double slowestMs = 0;
    std::string slowestLabel;
    auto timed = [&](const std::string& input, const std::string& label) {
        const auto t0 = Clock::now();
        runOne(input, label);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        if (ms > slowestMs) {
            slowestMs = ms;
            slowestLabel = label;
        }
    };
    for (size_t i = 0; i < seeds.size(); ++i)
        timed(seeds[i], "seed " + std::to_string(i));

    std::vector<std::string> recent; // the last mutants, mutated further now and then
    constexpr size_t kRecent = 64;
    long long done = 0;
    std::string buffer;
    for (; done < iterations; ++done) {
        if (seconds >= 0 && Clock::now() - started >= std::chrono::seconds(seconds))
            break;
        const std::string& base = !recent.empty() && g_rng() % 10 < 3 ? recent[below(recent.size())]
                                                                       : seeds[below(seeds.size())];
        const size_t capacity = std::max(maxLen, base.size());
        buffer.assign(base);
        buffer.resize(capacity);
        auto* data = reinterpret_cast<uint8_t*>(buffer.data());
        const size_t size = LLVMFuzzerCustomMutator
                                ? LLVMFuzzerCustomMutator(data, base.size(), capacity, unsigned(g_rng()))
                                : LLVMFuzzerMutate(data, base.size(), capacity);
        buffer.resize(std::min(size, capacity));
        timed(buffer, "mutation " + std::to_string(done) + " (--seed " + std::to_string(seed) + ")");
        if (recent.size() < kRecent)
            recent.push_back(buffer);
        else
            recent[below(kRecent)] = buffer;
    }
    const double total = std::chrono::duration<double>(Clock::now() - started).count();
    const std::string outcomes = cs::fuzz::outcomeSummary();
    std::printf("%s: %zu seeds and %lld mutated inputs in %.1f s (seed %llu), slowest %.1f ms (%s); no failure\n",
                name.c_str(), seeds.size(), done, total, seed, slowestMs, slowestLabel.c_str());
    if (!outcomes.empty())
        std::printf("%s: outcomes: %s\n", name.c_str(), outcomes.c_str());
    return 0;
}
