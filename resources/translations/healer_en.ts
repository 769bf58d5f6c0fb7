<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%1: %n moments in this period, %2 met with care (%3%), %4 partly met, %5 missed and %6 that hurt.</source>
        <translation>
            <numerusform>%1: %n moment in this period, %2 met with care (%3%), %4 partly met, %5 missed and %6 that hurt.</numerusform>
            <numerusform>%1: %n moments in this period, %2 met with care (%3%), %4 partly met, %5 missed and %6 that hurt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 · %n uses</source>
        <translation>
            <numerusform>%1 → %2 · %n use</numerusform>
            <numerusform>%1 → %2 · %n uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled episodes; the typical one lasted %1.</source>
        <translation>
            <numerusform>One settled episode; it lasted %1.</numerusform>
            <numerusform>%n settled episodes; the typical one lasted %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes have not settled yet, so they are not drawn.</source>
        <translation>
            <numerusform>One episode has not settled yet, so it is not drawn.</numerusform>
            <numerusform>%n episodes have not settled yet, so they are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes; the typical peak was %1 out of 10.</source>
        <translation>
            <numerusform>One episode; its peak was %1 out of 10.</numerusform>
            <numerusform>%n episodes; the typical peak was %1 out of 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 categories reach the %2 line.</source>
        <translation>
            <numerusform>%n of %1 categories reaches the %2 line.</numerusform>
            <numerusform>%n of %1 categories reach the %2 line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 brought the feeling down the most: typically %2 points (%n uses).</source>
        <translation>
            <numerusform>%1 brought the feeling down the most: typically %2 points (%n use).</numerusform>
            <numerusform>%1 brought the feeling down the most: typically %2 points (%n uses).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have seen %n pauses through, %1 of them in this period.</source>
        <translation>
            <numerusform>You have seen one pause through (%1 in this period).</numerusform>
            <numerusform>You have seen %n pauses through, %1 of them in this period.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ConsistencyView</name>
    <message numerus="yes">
        <source>Involved in %n activations.</source>
        <translation>
            <numerusform>Involved in %n activation.</numerusform>
            <numerusform>Involved in %n activations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Involved in %n activations; median length %1.</source>
        <translation>
            <numerusform>Involved in %n activation; median length %1.</numerusform>
            <numerusform>Involved in %n activations; median length %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>You waited %n minutes. Strength %1 at the start, %2 now.</source>
        <translation>
            <numerusform>You waited %n minute. Strength %1 at the start, %2 now.</numerusform>
            <numerusform>You waited %n minutes. Strength %1 at the start, %2 now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You waited %n minutes.</source>
        <translation>
            <numerusform>You waited %n minute.</numerusform>
            <numerusform>You waited %n minutes.</numerusform>
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
    <name>NamingPage</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message numerus="yes">
        <source>%n minutes after it began</source>
        <translation>
            <numerusform>%n minute after it began</numerusform>
            <numerusform>%n minutes after it began</numerusform>
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
    <name>PacerPage</name>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That pattern can&apos;t be used: a hold is either off (0) or at least %n second.</source>
        <translation>
            <numerusform>That pattern can&apos;t be used: a hold is either off (0) or at least %n second.</numerusform>
            <numerusform>That pattern can&apos;t be used: a hold is either off (0) or at least %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartListModel</name>
    <message numerus="yes">
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues · last met %1</source>
        <translation>
            <numerusform>%n dialogue · last met %1</numerusform>
            <numerusform>%n dialogues · last met %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message numerus="yes">
        <source>A dialogue from %1 is waiting, just as you left it. (%n more unfinished)</source>
        <translation>
            <numerusform>A dialogue from %1 is waiting, just as you left it. (%n more unfinished)</numerusform>
            <numerusform>A dialogue from %1 is waiting, just as you left it. (%n more unfinished)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseTab</name>
    <message numerus="yes">
        <source>Copied. There is no hurry to send it; you can sit with it first. Healer takes it off the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Copied. There is no hurry to send it; you can sit with it first. Healer takes it off the clipboard after %n second.</numerusform>
            <numerusform>Copied. There is no hurry to send it; you can sit with it first. Healer takes it off the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleWords</name>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticePlanPanel</name>
    <message numerus="yes">
        <source>The first day can be at most %n days ahead.</source>
        <translation>
            <numerusform>The first day can be at most %n day ahead.</numerusform>
            <numerusform>The first day can be at most %n days ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first day can be at most %n days ago, so the plan is under way.</source>
        <translation>
            <numerusform>The first day can be at most %n day ago, so the plan is under way.</numerusform>
            <numerusform>The first day can be at most %n days ago, so the plan is under way.</numerusform>
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
    <name>QuestionsPage</name>
    <message numerus="yes">
        <source>A question can hold at most %n characters.</source>
        <translation>
            <numerusform>A question can hold at most %n character.</numerusform>
            <numerusform>A question can hold at most %n characters.</numerusform>
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
    <name>StartPage</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
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
    <name>path</name>
    <message numerus="yes">
        <source>In your first two weeks you wrote something down on %n days.</source>
        <translation>
            <numerusform>In your first two weeks you wrote something down on one day.</numerusform>
            <numerusform>In your first two weeks you wrote something down on %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your first two weeks are under way: so far you wrote something down on %n days.</source>
        <translation>
            <numerusform>Your first two weeks are under way: so far you wrote something down on one day.</numerusform>
            <numerusform>Your first two weeks are under way: so far you wrote something down on %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have seen %n pauses through.</source>
        <translation>
            <numerusform>You have seen one pause through.</numerusform>
            <numerusform>You have seen %n pauses through.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues so far</source>
        <translation>
            <numerusform>One dialogue so far</numerusform>
            <numerusform>%n dialogues so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts of you met by name.</source>
        <translation>
            <numerusform>one part of you met by name.</numerusform>
            <numerusform>%n parts of you met by name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moments of reaching out noted</source>
        <translation>
            <numerusform>One moment of reaching out noted</numerusform>
            <numerusform>%n moments of reaching out noted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them met with care.</source>
        <translation>
            <numerusform>%n of them met with care.</numerusform>
            <numerusform>%n of them met with care.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been on this path for %n months.</source>
        <translation>
            <numerusform>You have been on this path for a month.</numerusform>
            <numerusform>You have been on this path for %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>practice_plan</name>
    <message numerus="yes">
        <source>Done on %n days so far.</source>
        <translation>
            <numerusform>Done on %n day so far.</numerusform>
            <numerusform>Done on %n days so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n times you noted it, you were usually around %1 out of 10 before and %2 after.</source>
        <translation>
            <numerusform>The %n time you noted it, you were around %1 out of 10 before and %2 after.</numerusform>
            <numerusform>On the %n times you noted it, you were usually around %1 out of 10 before and %2 after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There were %n settled activations in the two weeks before and %1 in these: too few to say whether they got shorter.</source>
        <translation>
            <numerusform>There was %n settled activation in the two weeks before and %1 in these: too few to say whether it got shorter.</numerusform>
            <numerusform>There were %n settled activations in the two weeks before and %1 in these: too few to say whether they got shorter.</numerusform>
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
<context>
    <name>summary</name>
    <message numerus="yes">
        <source>%n moments of reaching out in this period: %1 met with care, %2 partly met, %3 missed and %4 that hurt. %5 of them were times I met my own need.</source>
        <translation>
            <numerusform>%n moment of reaching out in this period: %1 met with care, %2 partly met, %3 missed and %4 that hurt. %5 of them were times I met my own need.</numerusform>
            <numerusform>%n moments of reaching out in this period: %1 met with care, %2 partly met, %3 missed and %4 that hurt. %5 of them were times I met my own need.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues with a younger part in this period.</source>
        <translation>
            <numerusform>%n dialogue with a younger part in this period.</numerusform>
            <numerusform>%n dialogues with a younger part in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the parts have a name.</source>
        <translation>
            <numerusform>%n of the parts has a name.</numerusform>
            <numerusform>%n of the parts have a name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median %1 (%n episodes)</source>
        <translation>
            <numerusform>median %1 (%n episode)</numerusform>
            <numerusform>median %1 (%n episodes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled activations; the median lasted %1.</source>
        <translation>
            <numerusform>%n settled activation; the median lasted %1.</numerusform>
            <numerusform>%n settled activations; the median lasted %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated activations; the median peak was %1 out of 10.</source>
        <translation>
            <numerusform>%n rated activation; the median peak was %1 out of 10.</numerusform>
            <numerusform>%n rated activations; the median peak was %1 out of 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activations had no category.</source>
        <translation>
            <numerusform>%n activation had no category.</numerusform>
            <numerusform>%n activations had no category.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>typically %1 points calmer (%n uses)</source>
        <translation>
            <numerusform>typically %1 points calmer (%n use)</numerusform>
            <numerusform>typically %1 points calmer (%n uses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twenty-minute pauses seen through in this period; %1 in all.</source>
        <translation>
            <numerusform>%n twenty-minute pause seen through in this period; %1 in all.</numerusform>
            <numerusform>%n twenty-minute pauses seen through in this period; %1 in all.</numerusform>
        </translation>
    </message>
</context>
</TS>
