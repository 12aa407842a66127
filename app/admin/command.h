#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cs::admin {

// One sub-command of cleanstation-admin. Each lives in its own cmd_*.cpp and registers
// itself with a static Registration, so adding a command touches no other file.
struct Command
{
    QString name;
    QString summary;   // one line for `cleanstation-admin --help`
    int (*run)(const QStringList& args); // args[0] is the command name; returns the exit code
};

const QList<Command>& commands();

struct Registration
{
    explicit Registration(Command command);
};

// Exit codes shared by all commands.
enum ExitCode { ExitOk = 0, ExitRefused = 1, ExitBadInput = 2 };

// Prints to stdout / stderr with a trailing newline, UTF-8.
void out(const QString& text);
void err(const QString& text);

// Reads a secret from the terminal without echo, or one line from stdin when it is not a terminal.
QString readSecret(const QString& prompt);

} // namespace cs::admin
