#pragma once

#include <QString>

namespace pd::ui {

// Team server passwords kept in the system keychain (qtkeychain: the Secret Service on Linux, the
// Keychain on macOS, the Credential Manager on Windows), under the server's address without the
// password. Never in the settings. Where no keychain answers, nothing is kept and nothing is found.
namespace ServerPasswords {

QString stored(const QString &serverUrl);
// True when the keychain took it.
bool store(const QString &serverUrl, const QString &password);
void forget(const QString &serverUrl);

} // namespace ServerPasswords

} // namespace pd::ui
