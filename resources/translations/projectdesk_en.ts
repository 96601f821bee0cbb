<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>Salvage</name>
    <message numerus="yes">
      <source>%n row(s) belonged to projects that could not be recovered</source>
      <translation>
        <numerusform>%n row belonged to projects that could not be recovered</numerusform>
        <numerusform>%n rows belonged to projects that could not be recovered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) named partners that could not be recovered</source>
      <translation>
        <numerusform>%n row named partners that could not be recovered</numerusform>
        <numerusform>%n rows named partners that could not be recovered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) belonged to deliveries that could not be recovered</source>
      <translation>
        <numerusform>%n row belonged to deliveries that could not be recovered</numerusform>
        <numerusform>%n rows belonged to deliveries that could not be recovered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) broke a rule of the portfolio (%1)</source>
      <translation>
        <numerusform>%n row broke a rule of the portfolio (%1)</numerusform>
        <numerusform>%n rows broke a rule of the portfolio (%1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: %n row(s) recovered</source>
      <translation>
        <numerusform>%1: %n row recovered</numerusform>
        <numerusform>%1: %n rows recovered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) kept without their link to a partner that could not be read</source>
      <translation>
        <numerusform>%n row kept without its link to a partner that could not be read</numerusform>
        <numerusform>%n rows kept without their link to a partner that could not be read</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>All %n row(s) were recovered into %1; nothing was lost.</source>
      <translation>
        <numerusform>The one row was recovered into %1; nothing was lost.</numerusform>
        <numerusform>All %n rows were recovered into %1; nothing was lost.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were recovered into %1. Lost: whole tables, %2; ranges of unreadable rows elsewhere, %3; rows refused by the new portfolio, %4. Check the recovered portfolio against your records before you use it.</source>
      <translation>
        <numerusform>%n row was recovered into %1. Lost: whole tables, %2; ranges of unreadable rows elsewhere, %3; rows refused by the new portfolio, %4. Check the recovered portfolio against your records before you use it.</numerusform>
        <numerusform>%n rows were recovered into %1. Lost: whole tables, %2; ranges of unreadable rows elsewhere, %3; rows refused by the new portfolio, %4. Check the recovered portfolio against your records before you use it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Services</name>
    <message numerus="yes">
      <source>%1 plays a role in %n project(s); remove those roles first</source>
      <translation>
        <numerusform>%1 plays a role in %n project; remove those roles first</numerusform>
        <numerusform>%1 plays a role in %n projects; remove those roles first</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pd::ui::CsvCheckPage</name>
    <message numerus="yes">
      <source>%n row(s) checked</source>
      <translation>
        <numerusform>%n row checked</numerusform>
        <numerusform>%n rows checked</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) checked, forming %1 records</source>
      <translation>
        <numerusform>%n row checked, forming %1 records</numerusform>
        <numerusform>%n rows checked, forming %1 records</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s): what the file says is kept as written and listed here.</source>
      <translation>
        <numerusform>%n warning: what the file says is kept as written and listed here.</numerusform>
        <numerusform>%n warnings: what the file says is kept as written and listed here.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1; %n record(s) with problems will be left out, their rows written to %2. The others are imported.</source>
      <translation>
        <numerusform>%1; %n record with problems will be left out, their rows written to %2. The others are imported.</numerusform>
        <numerusform>%1; %n records with problems will be left out, their rows written to %2. The others are imported.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pd::ui::CsvMappingPage</name>
    <message numerus="yes">
      <source>%1: %2, separated by %3; %n column(s).</source>
      <translation>
        <numerusform>%1: %2, separated by %3; %n column.</numerusform>
        <numerusform>%1: %2, separated by %3; %n columns.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: a workbook; the header is on row %2; %n column(s).</source>
      <translation>
        <numerusform>%1: a workbook; the header is on row %2; %n column.</numerusform>
        <numerusform>%1: a workbook; the header is on row %2; %n columns.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) translated</source>
      <translation>
        <numerusform>%n value translated</numerusform>
        <numerusform>%n values translated</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pd::ui::FinancePage</name>
    <message numerus="yes">
      <source>%1 %2: %n amount(s) from %3</source>
      <translation>
        <numerusform>%1 %2: %n amount from %3</numerusform>
        <numerusform>%1 %2: %n amounts from %3</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No %1 rate for %n transaction(s) from %2</source>
      <translation>
        <numerusform>No %1 rate for %n transaction from %2</numerusform>
        <numerusform>No %1 rate for %n transactions from %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pd::ui::ImportRunPage</name>
    <message numerus="yes">
      <source>the file changed since it was checked and now has %n problem(s).</source>
      <translation>
        <numerusform>the file changed since it was checked and now has %n problem.</numerusform>
        <numerusform>the file changed since it was checked and now has %n problems.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n record(s) of %1 into the portfolio.</source>
      <translation>
        <numerusform>Imported %n record of %1 into the portfolio.</numerusform>
        <numerusform>Imported %n records of %1 into the portfolio.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) with problems were left out; their rows are in %1.</source>
      <translation>
        <numerusform>%n record with problems was left out; their rows are in %1.</numerusform>
        <numerusform>%n records with problems were left out; their rows are in %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s): kept as the file says.</source>
      <translation>
        <numerusform>%n warning: kept as the file says.</numerusform>
        <numerusform>%n warnings: kept as the file says.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date warning(s): kept as the file gives them.</source>
      <translation>
        <numerusform>%n date warning: kept as the file gives them.</numerusform>
        <numerusform>%n date warnings: kept as the file gives them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n IATI 1.x code(s) mapped.</source>
      <translation>
        <numerusform>%n IATI 1.x code mapped.</numerusform>
        <numerusform>%n IATI 1.x codes mapped.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pd::ui::MainWindow</name>
    <message numerus="yes">
      <source>Its %n partner role(s) are removed with it: %1.</source>
      <translation>
        <numerusform>Its partner role is removed with it: %1.</numerusform>
        <numerusform>Its %n partner roles are removed with it: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete delivery %1 with its packing list of %n line(s)? You can undo this.</source>
      <translation>
        <numerusform>Delete delivery %1 with its packing list of %n line? You can undo this.</numerusform>
        <numerusform>Delete delivery %1 with its packing list of %n lines? You can undo this.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget line(s)</source>
      <translation>
        <numerusform>%n budget line</numerusform>
        <numerusform>%n budget lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n transaction(s)</source>
      <translation>
        <numerusform>%n transaction</numerusform>
        <numerusform>%n transactions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n delivery(ies) with their packing lists</source>
      <translation>
        <numerusform>%n delivery with its packing list</numerusform>
        <numerusform>%n deliveries with their packing lists</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n project(s) as IATI activities to %1</source>
      <translation>
        <numerusform>Exported %n project as IATI activities to %1</numerusform>
        <numerusform>Exported %n projects as IATI activities to %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pd::ui::MergePartnersDialog</name>
    <message numerus="yes">
      <source>Its %n project role(s), %1 and %2 move to the record kept; its contacts and what the kept record lacks (names, acronym, identifier, country) are added to it, and it is deleted. Edit &gt; Undo takes the merge back.</source>
      <translation>
        <numerusform>Its %n project role, %1 and %2 move to the record kept; its contacts and what the kept record lacks (names, acronym, identifier, country) are added to it, and it is deleted. Edit &gt; Undo takes the merge back.</numerusform>
        <numerusform>Its %n project roles, %1 and %2 move to the record kept; its contacts and what the kept record lacks (names, acronym, identifier, country) are added to it, and it is deleted. Edit &gt; Undo takes the merge back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n delivery(ies)</source>
      <translation>
        <numerusform>%n delivery</numerusform>
        <numerusform>%n deliveries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n transaction(s)</source>
      <translation>
        <numerusform>%n transaction</numerusform>
        <numerusform>%n transactions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pd::ui::PartnerPage</name>
    <message numerus="yes">
      <source>%n project role(s)</source>
      <translation>
        <numerusform>%n project role</numerusform>
        <numerusform>%n project roles</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pd::ui::RatesDialog</name>
    <message numerus="yes">
      <source>%n rate(s) imported.</source>
      <translation>
        <numerusform>%n rate imported.</numerusform>
        <numerusform>%n rates imported.</numerusform>
      </translation>
    </message>
  </context>
</TS>