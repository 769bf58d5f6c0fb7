<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>JournalTab</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 entries match</source>
        <translation>
            <numerusform>%Ln of %1 entries matches</numerusform>
            <numerusform>%Ln of %1 entries match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenEpisodeBanner</name>
    <message numerus="yes">
        <source>Still activated since %1. Take your time; when it has eased, say so. (%n more open)</source>
        <translation>
            <numerusform>Still activated since %1. Take your time; when it has eased, say so. (%n more open)</numerusform>
            <numerusform>Still activated since %1. Take your time; when it has eased, say so. (%n more open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message numerus="yes">
        <source>(%n more unfinished)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseTab</name>
    <message numerus="yes">
        <source>Healer takes it off the clipboard after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwoWeekPanel</name>
    <message numerus="yes">
        <source>Your first two weeks are behind you; this shows the last %1 days. %n of them have an entry.</source>
        <translation>
            <numerusform>Your first two weeks are behind you; this shows the last %1 days. %n of them has an entry.</numerusform>
            <numerusform>Your first two weeks are behind you; this shows the last %1 days. %n of them have an entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 days have an entry so far.</source>
        <translation>
            <numerusform>%n of %1 days has an entry so far.</numerusform>
            <numerusform>%n of %1 days have an entry so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n more entries, the most common triggers appear here.</source>
        <translation>
            <numerusform>After %n more entry, the most common triggers appear here.</numerusform>
            <numerusform>After %n more entries, the most common triggers appear here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrgeField</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>readable</name>
    <message numerus="yes">
        <source>%n activations, newest first.</source>
        <translation>
            <numerusform>%n activation, newest first.</numerusform>
            <numerusform>%n activations, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose a passphrase of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
