<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckDialog</name>
    <message numerus="yes">
        <source>The check found damage in your vault (%n problems).</source>
        <translation>
            <numerusform>The check found damage in your vault (%n problem).</numerusform>
            <numerusform>The check found damage in your vault (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln activations to %1.</source>
        <translation>
            <numerusform>Exported %Ln activation to %1.</numerusform>
            <numerusform>Exported %Ln activations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Imported: %Ln activations added, %1 already here.</source>
        <translation>
            <numerusform>Imported: %Ln activation added, %1 already here.</numerusform>
            <numerusform>Imported: %Ln activations added, %1 already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenEpisodeBanner</name>
    <message numerus="yes">
        <source>(%n more open)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> seconds</source>
        <translation>
            <numerusform> second</numerusform>
            <numerusform> seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>This backup holds %Ln entries, all on %1.</source>
        <translation>
            <numerusform>This backup holds %Ln entry, on %1.</numerusform>
            <numerusform>This backup holds %Ln entries, all on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This backup holds %Ln entries, from %1 to %2.</source>
        <translation>
            <numerusform>This backup holds %Ln entry, from %1 to %2.</numerusform>
            <numerusform>This backup holds %Ln entries, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Please choose a passphrase of at least %n character.</numerusform>
            <numerusform>Please choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
