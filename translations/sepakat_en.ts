<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Sepakat::CatalogPage</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) shown</source>
        <translation>
            <numerusform>%1 of %n product shown</numerusform>
            <numerusform>%1 of %n products shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::Cli</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 of %n customer shown</numerusform>
            <numerusform>%1 of %n customers shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::DealCardDelegate</name>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n d in stage</numerusform>
            <numerusform>%n d in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::Exchange</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct them, or choose to skip invalid rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems. Correct it, or choose to skip invalid rows.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Correct them, or choose to skip invalid rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::ImportDialog</name>
    <message numerus="yes">
        <source>%n column(s) in bold have a header Sepakat does not know: choose what each holds, or leave it out.</source>
        <translation>
            <numerusform>%n column in bold has a header Sepakat does not know: choose what it holds, or leave it out.</numerusform>
            <numerusform>%n columns in bold have a header Sepakat does not know: choose what each holds, or leave it out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: correct them in the file, or skip invalid rows.</source>
        <translation>
            <numerusform>%n row has problems: correct it in the file, or skip invalid rows.</numerusform>
            <numerusform>%n rows have problems: correct them in the file, or skip invalid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out.</source>
        <translation>
            <numerusform>%n row with problems will be left out.</numerusform>
            <numerusform>%n rows with problems will be left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::KeyFigures</name>
    <message numerus="yes">
        <source>Not within %n month(s)</source>
        <translation>
            <numerusform>Not within %n month</numerusform>
            <numerusform>Not within %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::LostReasonDialog</name>
    <message numerus="yes">
        <source>Why were these %n deals lost?</source>
        <translation>
            <numerusform>Why was this deal lost?</numerusform>
            <numerusform>Why were these %n deals lost?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::NeedsPage</name>
    <message numerus="yes">
        <source>%n need(s) with no answer yet: name the benefit or product.</source>
        <translation>
            <numerusform>%n need with no answer yet: name the benefit or product.</numerusform>
            <numerusform>%n needs with no answer yet: name the benefit or product.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::PipelinePage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n later</numerusform>
            <numerusform>%n later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a close date</source>
        <translation>
            <numerusform>%n without a close date</numerusform>
            <numerusform>%n without a close date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in other currencies without a rate (%1)</source>
        <translation>
            <numerusform>%n in another currency without a rate (%1)</numerusform>
            <numerusform>%n in other currencies without a rate (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::PresentationWindow</name>
    <message numerus="yes">
        <source>Payment within %n day(s)</source>
        <translation>
            <numerusform>Payment within %n day</numerusform>
            <numerusform>Payment within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery within %n day(s)</source>
        <translation>
            <numerusform>Delivery within %n day</numerusform>
            <numerusform>Delivery within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) warranty</source>
        <translation>
            <numerusform>%n month warranty</numerusform>
            <numerusform>%n months warranty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) contract</source>
        <translation>
            <numerusform>%n month contract</numerusform>
            <numerusform>%n months contract</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::Report</name>
    <message numerus="yes">
        <source>In our conversations you described %n pressing need(s); the most pressing is: %1.</source>
        <translation>
            <numerusform>In our conversations you described %n pressing need; it is: %1.</numerusform>
            <numerusform>In our conversations you described %n pressing needs; the most pressing is: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n month(s)</source>
        <translation>
            <numerusform>not within %n month</numerusform>
            <numerusform>not within %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n month(s): your savings to date against what you pay, this proposal&apos;s price included.</source>
        <translation>
            <numerusform>%1, over %n month: your savings to date against what you pay, this proposal&apos;s price included.</numerusform>
            <numerusform>%1, over %n months: your savings to date against what you pay, this proposal&apos;s price included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of the invoice</source>
        <translation>
            <numerusform>Within %n day of the invoice</numerusform>
            <numerusform>Within %n days of the invoice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of signing</source>
        <translation>
            <numerusform>Within %n day of signing</numerusform>
            <numerusform>Within %n days of signing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::ReviewPage</name>
    <message numerus="yes">
        <source>%n offer(s) waiting for approval. Enter or a double click opens one.</source>
        <translation>
            <numerusform>%n offer waiting for approval. Enter or a double click opens it.</numerusform>
            <numerusform>%n offers waiting for approval. Enter or a double click opens one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n offer(s) waiting for approval shown.</source>
        <translation>
            <numerusform>%1 of %n offer waiting for approval shown.</numerusform>
            <numerusform>%1 of %n offers waiting for approval shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::ReviewQueueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::ReviewSheet</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Benefit over %n month(s)</source>
        <translation>
            <numerusform>Benefit over %n month</numerusform>
            <numerusform>Benefit over %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::StageColumn</name>
    <message numerus="yes">
        <source>%n in other currencies without a rate (%1): not in the totals</source>
        <translation>
            <numerusform>%n in another currency without a rate (%1): not in the totals</numerusform>
            <numerusform>%n in other currencies without a rate (%1): not in the totals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) shown</source>
        <translation>
            <numerusform>%n deal shown</numerusform>
            <numerusform>%n deals shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::StageMover</name>
    <message numerus="yes">
        <source>Move %n deal(s) to %1</source>
        <translation>
            <numerusform>Move %n deal to %1</numerusform>
            <numerusform>Move %n deals to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen the closed deals among these %n and move them to %1?</source>
        <translation>
            <numerusform>Reopen the closed deal and move it to %1?</numerusform>
            <numerusform>Reopen the closed deals among these %n and move them to %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::Storage</name>
    <message numerus="yes">
        <source>%1 cannot be removed while %n deal(s) refer to it. Remove those deals or move them to another customer first.</source>
        <translation>
            <numerusform>%1 cannot be removed while %n deal refers to it. Remove those deals or move them to another customer first.</numerusform>
            <numerusform>%1 cannot be removed while %n deals refer to it. Remove those deals or move them to another customer first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n savings item(s)</source>
        <translation>
            <numerusform>%n savings item</numerusform>
            <numerusform>%n savings items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::ValuePage</name>
    <message numerus="yes">
        <source>%n need(s) with a monthly pain have no saving yet: %1</source>
        <translation>
            <numerusform>%n need with a monthly pain has no saving yet: %1</numerusform>
            <numerusform>%n needs with a monthly pain have no saving yet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::WorksheetDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
</TS>
