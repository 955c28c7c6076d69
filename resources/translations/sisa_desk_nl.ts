<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>The first password has at least {min_length} characters; the user can change it after logging in.</source>
        <translation>Het eerste wachtwoord heeft minstens {min_length} tekens; de gebruiker kan het na het inloggen zelf wijzigen.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Vul een gebruikersnaam in.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Er bestaat al een gebruiker met deze naam.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 characters: letters, digits, dots, hyphens, underscores or @, and starts with a letter or digit. The name &apos;recovery&apos; is reserved.</source>
        <translation>Een gebruikersnaam heeft 2 tot 64 tekens: letters, cijfers, punten, koppeltekens, liggende streepjes of @, en begint met een letter of cijfer. De naam &apos;recovery&apos; is gereserveerd.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>De gebruiker wordt toegevoegd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CallOutcomeDialog</name>
    <message>
        <source>Log the call</source>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation>&amp;Bereikt</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Geen gehoor</translation>
    </message>
    <message>
        <source>&amp;Voicemail</source>
        <translation>&amp;Voicemail</translation>
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation>Ve&amp;rkeerd nummer</translation>
    </message>
    <message>
        <source>N&amp;ote — process note only, no case content</source>
        <translation>N&amp;otitie — alleen procesnotitie, geen inhoud van de casus</translation>
    </message>
    <message>
        <source>e.g. &quot;call-back requested&quot;, &quot;try again Tuesday&quot;</source>
        <translation>bijv. &quot;terugbelverzoek&quot;, &quot;dinsdag opnieuw proberen&quot;</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Vast&amp;leggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>A process note has at most {limit} characters.</source>
        <translation>Een procesnotitie heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A process note is one line.</source>
        <translation>Een procesnotitie is één regel.</translation>
    </message>
    <message>
        <source>A process note holds ordinary characters only.</source>
        <translation>Een procesnotitie bevat alleen gewone tekens.</translation>
    </message>
    <message>
        <source>How did the call to {name} ({organisation}) on {phone} go?</source>
        <translation>Hoe verliep het gesprek met {name} ({organisation}) op {phone}?</translation>
    </message>
    <message>
        <source>Only what happened in the contact, never anything about the young person.</source>
        <translation>Alleen wat er in het contact gebeurde, nooit iets over de jongere.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password of at least {min_length} characters that you do not use anywhere else.</source>
        <translation>Kies een nieuw wachtwoord van minstens {min_length} tekens dat u nergens anders gebruikt.</translation>
    </message>
    <message>
        <source>Enter your current and your new password.</source>
        <translation>Vul uw huidige en uw nieuwe wachtwoord in.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Het huidige wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Het nieuwe wachtwoord is hetzelfde als het huidige.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nieuw wachtwoord he&amp;rhalen:</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Het wachtwoord wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Process note</source>
        <translation>Procesnotitie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Confirm the coordinator</source>
        <translation>Regievoerder bevestigen</translation>
    </message>
    <message>
        <source>Which organisation takes the lead (regie) in this match? The organisation the rules propose is chosen.</source>
        <translation>Welke organisatie neemt de regie in deze match? De organisatie die de regels voorstellen, is al gekozen.</translation>
    </message>
    <message>
        <source>Only the organisations in the match that may coordinate are listed.</source>
        <translation>Alleen de organisaties in de match die regie mogen voeren, staan in de lijst.</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source> (proposed)</source>
        <translation> (voorstel)</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>matches open now</source>
        <translation>matches die nu open zijn</translation>
    </message>
    <message>
        <source>New (7 days)</source>
        <translation>Nieuw (7 dagen)</translation>
    </message>
    <message>
        <source>opened in the last 7 days</source>
        <translation>geopend in de afgelopen 7 dagen (vandaag meegeteld)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>open, not handled in time</source>
        <translation>open en niet binnen de termijn afgehandeld</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>open, every step done</source>
        <translation>open, alle stappen gedaan</translation>
    </message>
    <message>
        <source>Signals this month</source>
        <translation>Signalen deze maand</translation>
    </message>
    <message>
        <source>signal date in this month</source>
        <translation>signaaldatum in deze maand</translation>
    </message>
    <message>
        <source>1–7 days</source>
        <translation>1–7 dagen</translation>
    </message>
    <message>
        <source>8–30 days</source>
        <translation>8–30 dagen</translation>
    </message>
    <message>
        <source>over 30 days</source>
        <translation>meer dan 30 dagen</translation>
    </message>
    <message>
        <source>Open matches, new work and overdue matches at a glance. Click a number or a bar to see the matches behind it.</source>
        <translation>Open matches, nieuw werk en te late matches in één oogopslag. Klik op een getal of een staaf voor de matches erachter.</translation>
    </message>
    <message>
        <source>Aggregate numbers only: no young person can be recognised. A number under 5 is shown as “&lt; 5”.</source>
        <translation>Alleen totalen: geen jongere is herkenbaar. Een aantal onder de 5 staat er als “&lt; 5”.</translation>
    </message>
    <message>
        <source>Matches per month</source>
        <translation>Matches per maand</translation>
    </message>
    <message>
        <source>Month opened</source>
        <translation>Maand van openen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Open matches per sector</source>
        <translation>Open matches per sector</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Open matches</source>
        <translation>Open matches</translation>
    </message>
    <message>
        <source>Open matches per woonplaats</source>
        <translation>Open matches per woonplaats</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Longest overdue matches</source>
        <translation>Langst te late matches</translation>
    </message>
    <message>
        <source>Overdue matches by days overdue</source>
        <translation>Te late matches naar dagen te laat</translation>
    </message>
    <message>
        <source>Days past the term</source>
        <translation>Dagen over de termijn</translation>
    </message>
    <message>
        <source>Overdue matches</source>
        <translation>Te late matches</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Bijgewerkt {time}</translation>
    </message>
    <message>
        <source>Month opened ({first} to {last})</source>
        <translation>Maand van openen ({first} t/m {last})</translation>
    </message>
    <message>
        <source>No overdue matches</source>
        <translation>Geen te late matches</translation>
    </message>
    <message>
        <source>No open matches</source>
        <translation>Geen open matches</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Fewer than 5: small numbers are not shown.</source>
        <translation>Minder dan 5: kleine aantallen worden niet getoond.</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <source>Click to see them in a list.</source>
        <translation>Klik voor de lijst.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the numbers again (F5)</source>
        <translation>De aantallen opnieuw lezen (F5)</translation>
    </message>
</context>
<context>
    <name>DetailTexts</name>
    <message>
        <source>Match {number}</source>
        <translation>Match {number}</translation>
    </message>
    <message>
        <source>no BSN</source>
        <translation>geen BSN</translation>
    </message>
    <message>
        <source>{informed} of {total}</source>
        <translation>{informed} van {total}</translation>
    </message>
    <message numerus="yes">
        <source>Contact history (%n)</source>
        <translation>
            <numerusform>Contactgeschiedenis (%n)</numerusform>
            <numerusform>Contactgeschiedenis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Escalated — overdue since {date}</source>
        <translation>Geëscaleerd — te laat sinds {date}</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Te laat sinds {date}</translation>
    </message>
    <message>
        <source>Open — due before {date}</source>
        <translation>Open — afhandelen vóór {date}</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date} (vandaag)</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s) ago)</source>
        <translation>
            <numerusform>{date} (%n dag geleden)</numerusform>
            <numerusform>{date} (%n dagen geleden)</numerusform>
        </translation>
    </message>
    <message>
        <source>{date}, closed {closed} ({reason})</source>
        <translation>{date}, gesloten {closed} ({reason})</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <source>sent {date} ({who})</source>
        <translation>verstuurd {date} ({who})</translation>
    </message>
    <message>
        <source>Sent {when} by {who}</source>
        <translation>Verstuurd {when} door {who}</translation>
    </message>
    <message>
        <source>{code}, confirmed {date}</source>
        <translation>{code}, bevestigd {date}</translation>
    </message>
    <message>
        <source>Confirmed {when} by {who}</source>
        <translation>Bevestigd {when} door {who}</translation>
    </message>
    <message>
        <source>{code} proposed, not yet confirmed</source>
        <translation>voorstel {code}, nog niet bevestigd</translation>
    </message>
    <message>
        <source>Proposed by the rules: the organisation that may coordinate with the highest priority. A person confirms it.</source>
        <translation>Voorgesteld volgens de regels: de organisatie die regie mag voeren met de hoogste prioriteit. Een medewerker bevestigt het.</translation>
    </message>
    <message>
        <source>none possible</source>
        <translation>niet mogelijk</translation>
    </message>
    <message>
        <source>No organisation in this match may coordinate (they signal only).</source>
        <translation>Geen organisatie in deze match mag regie voeren (zij signaleren alleen).</translation>
    </message>
    <message>
        <source>No phone number known for the selected professional</source>
        <translation>Geen telefoonnummer bekend van de gekozen hulpverlener</translation>
    </message>
    <message>
        <source>Call {phone} with the softphone, then log how it went</source>
        <translation>{phone} bellen met de softphone en daarna vastleggen hoe het ging</translation>
    </message>
    <message>
        <source>No e-mail address known for the selected professional</source>
        <translation>Geen e-mailadres bekend van de gekozen hulpverlener</translation>
    </message>
    <message>
        <source>Write to {email}: who else is involved, nothing about the case</source>
        <translation>Mailen naar {email}: wie er verder betrokken zijn, niets over de casus</translation>
    </message>
    <message>
        <source>No program for phone calls is set up on this workstation. Dial {phone} yourself, then log how the call went.</source>
        <translation>Op deze werkplek is geen programma voor bellen ingesteld. Bel {phone} zelf en leg daarna vast hoe het gesprek verliep.</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this workstation.</source>
        <translation>Op deze werkplek is geen e-mailprogramma ingesteld.</translation>
    </message>
    <message>
        <source>Has the e-mail to {name} been sent?</source>
        <translation>Is de e-mail aan {name} verstuurd?</translation>
    </message>
    <message>
        <source>Confirm once you have sent it from your e-mail program. The e-mail is then logged, and {organisation} counts as informed.</source>
        <translation>Bevestig dit zodra u de e-mail vanuit uw e-mailprogramma hebt verstuurd. De e-mail wordt dan vastgelegd en {organisation} telt als geïnformeerd.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
</context>
<context>
    <name>DuplicatesScreen</name>
    <message>
        <source>Merge {name} and {candidate}?</source>
        <translation>{name} en {candidate} samenvoegen?</translation>
    </message>
    <message>
        <source>Only when you are sure they are the same young person. One record keeps all signals; when two organisations are then involved, a match arises. A merge cannot be undone.</source>
        <translation>Alleen als u zeker weet dat het dezelfde jongere is. Eén record houdt alle signalen; zijn er dan twee organisaties betrokken, dan ontstaat een match. Samenvoegen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>These records cannot be merged: both have a BSN, or the record to merge has an open match.</source>
        <translation>Deze records kunnen niet worden samengevoegd: beide hebben een BSN, of het record dat opgaat in het andere heeft een lopende match.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Young persons without a BSN are never matched automatically. When two records share a date of birth and have similar names, they may be the same young person: decide here, oldest first. Merging lets the match rules apply.</source>
        <translation>Jongeren zonder BSN worden nooit automatisch gematcht. Hebben twee records dezelfde geboortedatum en een gelijkende naam, dan kan het om dezelfde jongere gaan: beslis dat hier, de oudste eerst. Na samenvoegen gelden de matchregels.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Keep apart</source>
        <translation>&amp;Apart houden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>No possible duplicates</source>
        <translation>Geen mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Nothing to decide right now.</source>
        <translation>Er is nu niets te beslissen.</translation>
    </message>
</context>
<context>
    <name>DuplicatesTableModel</name>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijke dubbele</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>EarlierNotices</name>
    <message>
        <source>{date}  {organisation} signalled — earlier: {earlier}</source>
        <translation>{date}  {organisation} signaleerde — eerder: {earlier}</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Type a code or name, or choose</source>
        <translation>Typ een code of naam, of kies</translation>
    </message>
    <message>
        <source>Choose, or type a new name</source>
        <translation>Kies, of typ een nieuwe naam</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>The database file was not found. Check the location, or choose another database.</source>
        <translation>Het databasebestand is niet gevonden. Controleer de locatie, of kies een andere database.</translation>
    </message>
    <message>
        <source>This file is an unencrypted SQLite database. sisa-desk only opens encrypted databases.</source>
        <translation>Dit bestand is een onversleutelde SQLite-database. sisa-desk opent alleen versleutelde databases.</translation>
    </message>
    <message>
        <source>This file is not a sisa-desk database. Choose another file.</source>
        <translation>Dit bestand is geen sisa-desk-database. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Restore the most recent backup (database and keyring together).</source>
        <translation>Het databasebestand is beschadigd en kan niet worden gelezen. Zet de meest recente back-up terug (database en sleutelring samen).</translation>
    </message>
    <message>
        <source>The keyring file beside the database (the file ending in .keyring) is missing. Without it the database cannot be opened: restore it from the backup.</source>
        <translation>Het sleutelringbestand naast de database (het bestand dat eindigt op .keyring) ontbreekt. Zonder dit bestand kan de database niet worden geopend: zet het terug uit de back-up.</translation>
    </message>
    <message>
        <source>The keyring beside the database belongs to another database, or is an old copy from before the database key was renewed. Restore the right keyring from the backup.</source>
        <translation>De sleutelring naast de database hoort bij een andere database, of is een oude kopie van vóór het vernieuwen van de databasesleutel. Zet de juiste sleutelring terug uit de back-up.</translation>
    </message>
    <message>
        <source>The keyring file beside the database is damaged. Restore it from the backup.</source>
        <translation>Het sleutelringbestand naast de database is beschadigd. Zet het terug uit de back-up.</translation>
    </message>
    <message>
        <source>The password is wrong. Check the Caps Lock key. After each failed attempt, the next one takes a little longer.</source>
        <translation>Het wachtwoord is onjuist. Let op de Caps Lock-toets. Na elke mislukte poging duurt de volgende poging iets langer.</translation>
    </message>
    <message>
        <source>This user name has no access to this database: the name is unknown, or the account has been deactivated. Ask an administrator.</source>
        <translation>Deze gebruikersnaam heeft geen toegang tot deze database: de naam is onbekend, of het account is gedeactiveerd. Neem contact op met een beheerder.</translation>
    </message>
    <message>
        <source>This database was made with a newer version of sisa-desk. Install the newest version.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van sisa-desk. Installeer de nieuwste versie.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The database is in use on another workstation. Ask everyone else to close sisa-desk, then try again.</source>
        <translation>De database is op een andere werkplek in gebruik. Vraag alle anderen sisa-desk af te sluiten en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>De database kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The protection against malicious XML is missing, so files from outside cannot be opened safely. Reinstall sisa-desk.</source>
        <translation>De beveiliging tegen kwaadaardige XML ontbreekt, daardoor kunnen bestanden van buiten niet veilig worden geopend. Installeer sisa-desk opnieuw.</translation>
    </message>
    <message>
        <source>The file cannot be found or read. Choose the file again.</source>
        <translation>Het bestand is niet gevonden of kan niet worden gelezen. Kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>The file is too large to import. Ask the partner to split it into smaller files.</source>
        <translation>Het bestand is te groot om in te lezen. Vraag de partner het op te splitsen in kleinere bestanden.</translation>
    </message>
    <message>
        <source>This is a CSV text file, not an Excel workbook. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Dit is een CSV-tekstbestand, geen Excel-werkmap. Open het in Excel en sla het op als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>This is an old Excel 97–2003 file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Dit is een oud Excel 97–2003-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>The file is protected with a password. Ask the partner to remove the password (File &gt; Info &gt; Protect Workbook) and send it again.</source>
        <translation>Het bestand is beveiligd met een wachtwoord. Vraag de partner het wachtwoord te verwijderen (Bestand &gt; Info &gt; Werkmap beveiligen) en het opnieuw te sturen.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Choose another file.</source>
        <translation>Dit bestand is geen Excel-werkmap (.xlsx). Kies een ander bestand.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx): the workbook part is missing.</source>
        <translation>Dit bestand is geen Excel-werkmap (.xlsx): het werkmapdeel ontbreekt.</translation>
    </message>
    <message>
        <source>The file would unpack to far more data than a workbook holds. It is refused as a possible zip bomb.</source>
        <translation>Het bestand zou uitpakken tot veel meer gegevens dan een werkmap bevat. Het wordt geweigerd als mogelijke zipbom.</translation>
    </message>
    <message>
        <source>The file contains XML that Excel never writes. It is refused as possibly malicious.</source>
        <translation>Het bestand bevat XML die Excel nooit schrijft. Het wordt geweigerd als mogelijk kwaadaardig.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read. Ask the partner to save it again and resend it.</source>
        <translation>Het bestand is beschadigd en kan niet worden gelezen. Vraag de partner het opnieuw op te slaan en te sturen.</translation>
    </message>
    <message>
        <source>No sheet with signals was found: no sheet has a header row with columns such as BSN, Achternaam and Geboortedatum. Use the template.</source>
        <translation>Er is geen blad met signalen gevonden: geen blad heeft een kopregel met kolommen zoals BSN, Achternaam en Geboortedatum. Gebruik het sjabloon.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes). Ask the partner to send it again.</source>
        <translation>Dit bestand is leeg (0 bytes). Vraag de partner het opnieuw te sturen.</translation>
    </message>
    <message>
        <source>No header row was found. The first rows must name the columns, as in the template.</source>
        <translation>Er is geen kopregel gevonden. De eerste rijen moeten de kolommen noemen, zoals in het sjabloon.</translation>
    </message>
    <message>
        <source>The header row has two columns for the same thing. Remove one of them and try again.</source>
        <translation>De kopregel heeft twee kolommen voor hetzelfde. Verwijder er één en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The error report cannot be saved there: it would replace the file being imported, or the folder cannot be written. Choose another name or folder.</source>
        <translation>Het foutenrapport kan daar niet worden opgeslagen: het zou het ingelezen bestand vervangen, of er kan niet in die map worden geschreven. Kies een andere naam of map.</translation>
    </message>
    <message>
        <source>More than one sheet has signals: {sheets}. One file is one batch: put all signals on one sheet (or hide the other sheets) and try again.</source>
        <translation>Meer dan één blad bevat signalen: {sheets}. Eén bestand is één aanlevering: zet alle signalen op één blad (of verberg de andere bladen) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Hidden sheets are never read; this file has: {sheets}. If the signals are there, make that sheet visible in Excel.</source>
        <translation>Verborgen bladen worden nooit gelezen; dit bestand heeft: {sheets}. Staan de signalen daar, maak dat blad dan zichtbaar in Excel.</translation>
    </message>
    <message>
        <source>The file has no column for: {columns}. Compare its header row with the template.</source>
        <translation>Het bestand heeft geen kolom voor: {columns}. Vergelijk de kopregel met het sjabloon.</translation>
    </message>
    <message>
        <source>This file cannot be read safely as an Excel workbook.</source>
        <translation>Dit bestand kan niet veilig als Excel-werkmap worden gelezen.</translation>
    </message>
    <message>
        <source>This file has already been imported for this organisation.</source>
        <translation>Dit bestand is al ingelezen voor deze organisatie.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing has been imported.</source>
        <translation>Import afgebroken: er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Uw rol staat dit niet toe.</translation>
    </message>
    <message>
        <source>This no longer exists. Refresh the screen and try again.</source>
        <translation>Dit bestaat niet meer. Vernieuw het scherm en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This conflicts with the current data. Refresh the screen and try again.</source>
        <translation>Dit botst met de huidige gegevens. Vernieuw het scherm en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>De invoer is niet geldig.</translation>
    </message>
    <message>
        <source>This could not be done.</source>
        <translation>Dit kon niet worden uitgevoerd.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check that the folder can be reached and that you may write there.</source>
        <translation>Een bestand kon niet worden gelezen of geschreven. Controleer of de map bereikbaar is en of u daar mag schrijven.</translation>
    </message>
    <message>
        <source>A password has at least {min_length} characters, does not start or end with a space, and is not a common or simple password.</source>
        <translation>Een wachtwoord heeft minstens {min_length} tekens, begint of eindigt niet met een spatie en is geen veelgebruikt of eenvoudig wachtwoord.</translation>
    </message>
    <message>
        <source>This password is not strong enough. {policy}</source>
        <translation>Dit wachtwoord is niet sterk genoeg. {policy}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong that sisa-desk did not expect. If it happens again, close sisa-desk and start it again, and tell the administrator.

The details are in the log file:
{path}</source>
        <translation>Er ging iets mis dat sisa-desk niet verwachtte. Gebeurt het opnieuw, sluit sisa-desk dan af, start het opnieuw en meld het aan de beheerder.

De details staan in het logbestand:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>{file} has been saved. Rows exported: {rows}.</source>
        <translation>{file} is opgeslagen. Aantal geëxporteerde rijen: {rows}.</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exporteren naar {file}…</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>This value is not valid.</source>
        <translation>Deze waarde is niet geldig.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Ten hoogste {limit} tekens.</translation>
    </message>
    <message>
        <source>A code has 2 to 20 characters: letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Een code heeft 2 tot 20 tekens: letters, cijfers, &apos;-&apos; of &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Fill in the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
    <message>
        <source>Choose a sector.</source>
        <translation>Kies een sector.</translation>
    </message>
    <message>
        <source>A phone number has at least 5 digits; besides digits only spaces and + - ( ) . / are allowed.</source>
        <translation>Een telefoonnummer heeft minstens 5 cijfers; naast cijfers mogen alleen spaties en + - ( ) . / voorkomen.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>The priority is a whole number from 0 to {limit}.</source>
        <translation>De prioriteit is een heel getal van 0 tot en met {limit}.</translation>
    </message>
    <message>
        <source>An organisation with this code already exists.</source>
        <translation>Er bestaat al een organisatie met deze code.</translation>
    </message>
    <message>
        <source>Another professional of this organisation already has this e-mail address.</source>
        <translation>Een andere hulpverlener van deze organisatie heeft dit e-mailadres al.</translation>
    </message>
    <message>
        <source>Fill in the BSN, or tick &apos;No BSN&apos;.</source>
        <translation>Vul het BSN in, of vink &apos;Geen BSN&apos; aan.</translation>
    </message>
    <message>
        <source>A BSN has digits only.</source>
        <translation>Een BSN bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <source>A BSN has 9 digits (8 when a spreadsheet dropped the leading zero).</source>
        <translation>Een BSN heeft 9 cijfers (8 als een spreadsheet de voorloopnul heeft weggelaten).</translation>
    </message>
    <message>
        <source>A BSN cannot be all zeros.</source>
        <translation>Een BSN kan niet uit alleen nullen bestaan.</translation>
    </message>
    <message>
        <source>This BSN fails the 11-test: a digit is probably mistyped.</source>
        <translation>Dit BSN voldoet niet aan de elfproef: waarschijnlijk is een cijfer verkeerd getypt.</translation>
    </message>
    <message>
        <source>8 digits: read with a leading zero, as {bsn}.</source>
        <translation>8 cijfers: gelezen met een voorloopnul, als {bsn}.</translation>
    </message>
    <message>
        <source>Without a BSN the young person is never matched automatically; a possible duplicate goes to the review list.</source>
        <translation>Zonder BSN wordt de jongere nooit automatisch gematcht; een mogelijke dubbele komt op de lijst Mogelijke dubbelen.</translation>
    </message>
    <message>
        <source>The signal date lies in the future.</source>
        <translation>De signaaldatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The signal date lies before the date of birth.</source>
        <translation>De signaaldatum ligt vóór de geboortedatum.</translation>
    </message>
    <message>
        <source>The young person has died: no new signals.</source>
        <translation>De jongere is overleden: geen nieuwe signalen.</translation>
    </message>
    <message>
        <source>The young person is {max_age} or older on the signal date.</source>
        <translation>De jongere is op de signaaldatum {max_age} jaar of ouder.</translation>
    </message>
    <message>
        <source>This signal would already have ended: it counts {months} months, and until the young person turns {max_age}.</source>
        <translation>Dit signaal zou al beëindigd zijn: een signaal telt {months} maanden, en tot de jongere {max_age} wordt.</translation>
    </message>
    <message>
        <source>The date of birth lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A postcode has 4 digits and 2 letters: 3011 AB.</source>
        <translation>Een postcode heeft 4 cijfers en 2 letters: 3011 AB.</translation>
    </message>
    <message>
        <source>Unknown or deactivated organisation: choose one from the list.</source>
        <translation>Onbekende of gedeactiveerde organisatie: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Fill in the surname.</source>
        <translation>Vul de achternaam in.</translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation>Kies het geslacht.</translation>
    </message>
    <message>
        <source>Choose the organisation that signals.</source>
        <translation>Kies de organisatie die signaleert.</translation>
    </message>
    <message>
        <source>Fill in the name of the professional as well.</source>
        <translation>Vul ook de naam van de hulpverlener in.</translation>
    </message>
    <message>
        <source>This is not a valid BSN.</source>
        <translation>Dit is geen geldig BSN.</translation>
    </message>
    <message>
        <source>This BSN is known with another date of birth. Check the BSN and the date of birth.</source>
        <translation>Dit BSN is bekend met een andere geboortedatum. Controleer het BSN en de geboortedatum.</translation>
    </message>
    <message>
        <source>The phone number or e-mail address of the professional is not valid.</source>
        <translation>Het telefoonnummer of e-mailadres van de hulpverlener is niet geldig.</translation>
    </message>
</context>
<context>
    <name>FilterWidgets</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Open en gesloten</translation>
    </message>
    <message>
        <source>Handled or not</source>
        <translation>Afgehandeld of niet</translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation>Niet afgehandeld</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Every woonplaats</source>
        <translation>Alle woonplaatsen</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Ververst</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldingen</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Read a spreadsheet of signals that a partner sent. First every row is checked and shown; nothing is saved until you choose Import.</source>
        <translation>Lees een spreadsheet met signalen in die een partner stuurde. Eerst wordt elke rij gecontroleerd en getoond; er wordt niets opgeslagen tot u kiest voor Importeren.</translation>
    </message>
    <message>
        <source>1. File and organisation</source>
        <translation>1. Bestand en organisatie</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>&amp;Sjabloon opslaan…</translation>
    </message>
    <message>
        <source>The empty workbook to send to partners</source>
        <translation>De lege werkmap om naar partners te sturen</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Voorbeeld</translation>
    </message>
    <message>
        <source>Only &amp;rejected rows</source>
        <translation>Alleen &amp;afgekeurde rijen</translation>
    </message>
    <message>
        <source>Save &amp;error report…</source>
        <translation>&amp;Foutenrapport opslaan…</translation>
    </message>
    <message>
        <source>3. &amp;Import</source>
        <translation>3. &amp;Importeren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s file</source>
        <translation>Kies het bestand van de partner</translation>
    </message>
    <message>
        <source>New young persons without a BSN who resemble one already known: {count} (see Possible duplicates).</source>
        <translation>Nieuwe jongeren zonder BSN die lijken op een bekende jongere: {count} (zie Mogelijke dubbelen).</translation>
    </message>
    <message>
        <source>Choose the organisation that sent the file</source>
        <translation>Kies de organisatie die het bestand stuurde</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Importsjabloon opslaan</translation>
    </message>
    <message>
        <source>The template has been saved as {file}.</source>
        <translation>Het sjabloon is opgeslagen als {file}.</translation>
    </message>
    <message>
        <source>Choose a file and the organisation that sent it.</source>
        <translation>Kies een bestand en de organisatie die het stuurde.</translation>
    </message>
    <message>
        <source>Choose the organisation that sent the file.</source>
        <translation>Kies de organisatie die het bestand stuurde.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The sheet {sheet} has a header row but no rows with signals below it.</source>
        <translation>Het blad {sheet} heeft een kopregel, maar daaronder geen rijen met signalen.</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {refreshed} refreshed, {rejected} rejected.</source>
        <translation>{rows} rijen: {new} nieuw, {refreshed} ververst, {rejected} afgekeurd.</translation>
    </message>
    <message>
        <source>Ignored columns (never stored): {columns}.</source>
        <translation>Genegeerde kolommen (worden nooit opgeslagen): {columns}.</translation>
    </message>
    <message>
        <source>This file was already imported on {date}; it cannot be imported again.</source>
        <translation>Dit bestand is al ingelezen op {date}; het kan niet nogmaals worden ingelezen.</translation>
    </message>
    <message>
        <source>Row {row}: {messages}</source>
        <translation>Rij {row}: {messages}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wordt ingelezen…</translation>
    </message>
    <message>
        <source>Imported: {imported} new, {refreshed} refreshed, {rejected} rejected; new matches: {matches}.</source>
        <translation>Ingelezen: {imported} nieuw, {refreshed} ververst, {rejected} afgekeurd; nieuwe matches: {matches}.</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Foutenrapport opslaan</translation>
    </message>
    <message>
        <source>The error report has been saved as {file}.</source>
        <translation>Het foutenrapport is opgeslagen als {file}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Choose a database first.</source>
        <translation>Kies eerst een database.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>No database chosen</source>
        <translation>Geen database gekozen</translation>
    </message>
    <message>
        <source>Log in — sisa-desk</source>
        <translation>Inloggen — sisa-desk</translation>
    </message>
    <message>
        <source>Back office of the SISA signalling system</source>
        <translation>Backoffice van het signaleringssysteem SISA</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Other database…</source>
        <translation>Andere database…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Logged in as {name} ({role})</source>
        <translation>Ingelogd als {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>Database: {file}</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>About sisa-desk</source>
        <translation>Over sisa-desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;sisa-desk {version}&lt;/h3&gt;&lt;p&gt;The back office of SISA, the Stadsregionaal Instrument Sluitende Aanpak: a signalling system for organisations that help children and young people aged 0 to 23.&lt;/p&gt;&lt;p&gt;All data is kept in an encrypted database.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;sisa-desk {version}&lt;/h3&gt;&lt;p&gt;De backoffice van SISA, het Stadsregionaal Instrument Sluitende Aanpak: een signaleringssysteem voor organisaties die kinderen en jongeren van 0 tot 23 jaar helpen.&lt;/p&gt;&lt;p&gt;Alle gegevens staan in een versleutelde database.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>sisa-desk is locked</source>
        <translation>sisa-desk is vergrendeld</translation>
    </message>
    <message>
        <source>The screen was locked to protect the data. Enter your password to continue.</source>
        <translation>Het scherm is vergrendeld om de gegevens te beschermen. Voer uw wachtwoord in om verder te werken.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Wachtwoord &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About sisa-desk</source>
        <translation>&amp;Over sisa-desk</translation>
    </message>
</context>
<context>
    <name>MatchDetailView</name>
    <message>
        <source>Open a match from the list (double-click or Enter) to see the young person, the professionals involved and the steps.</source>
        <translation>Open een match in de lijst (dubbelklik of Enter) om de jongere, de betrokken hulpverleners en de stappen te zien.</translation>
    </message>
    <message>
        <source>Confirm &amp;coordinator…</source>
        <translation>&amp;Regievoerder bevestigen…</translation>
    </message>
    <message>
        <source>Letters come with the letters module.</source>
        <translation>Brieven komen met de module Brieven.</translation>
    </message>
    <message>
        <source>Make letter (coming)</source>
        <translation>Brief maken (volgt)</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Shielded: the address is never shown, put in a letter or exported.</source>
        <translation>Afgeschermd: adres wordt nooit getoond, in een brief of export opgenomen.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Organisations and professionals</source>
        <translation>Organisaties en hulpverleners</translation>
    </message>
    <message>
        <source>Call the selected professional with the softphone, then log how it went</source>
        <translation>De gekozen hulpverlener bellen met de softphone en daarna vastleggen hoe het ging</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Bellen</translation>
    </message>
    <message>
        <source>Write an e-mail to the selected professional naming the others involved, then log it</source>
        <translation>De gekozen hulpverlener e-mailen wie er verder betrokken zijn, en dat daarna vastleggen</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mailen</translation>
    </message>
    <message>
        <source>Record that the selected professional has been told of the match</source>
        <translation>Vastleggen dat de gekozen hulpverlener van de match op de hoogte is gebracht</translation>
    </message>
    <message>
        <source>Mark as &amp;informed</source>
        <translation>Markeer als &amp;geïnformeerd</translation>
    </message>
    <message>
        <source>Told by phone</source>
        <translation>Telefonisch geïnformeerd</translation>
    </message>
    <message>
        <source>Told by e-mail</source>
        <translation>Per e-mail geïnformeerd</translation>
    </message>
</context>
<context>
    <name>MatchesScreen</name>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Export the matches as filtered and sorted to an Excel workbook (Ctrl+E)</source>
        <translation>De matches zoals gefilterd en gesorteerd exporteren naar een Excel-werkmap (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>The first digits of a BSN, or the first letters of a surname (Ctrl+F)</source>
        <translation>De eerste cijfers van een BSN, of de eerste letters van een achternaam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by BSN or surname…</source>
        <translation>Zoeken op BSN of achternaam…</translation>
    </message>
    <message>
        <source>Status of the match</source>
        <translation>Status van de match</translation>
    </message>
    <message>
        <source>Whether every step of the match has been done</source>
        <translation>Of alle stappen van de match gezet zijn</translation>
    </message>
    <message>
        <source>Only open matches not handled within the term</source>
        <translation>Alleen open matches die niet binnen de termijn zijn afgehandeld</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Alleen te &amp;laat</translation>
    </message>
    <message>
        <source>Matches in which this organisation takes part</source>
        <translation>Matches waarin deze organisatie betrokken is</translation>
    </message>
    <message>
        <source>Matches in which an organisation of this sector takes part</source>
        <translation>Matches waarin een organisatie uit deze sector betrokken is</translation>
    </message>
    <message>
        <source>Woonplaats of the young person (shielded addresses are never searched)</source>
        <translation>Woonplaats van de jongere (afgeschermde adressen worden nooit doorzocht)</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>Geopend van</translation>
    </message>
    <message>
        <source>Opened on or after this day (empty: no limit)</source>
        <translation>Geopend op of na deze dag (leeg: geen grens)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Opened on or before this day (empty: no limit)</source>
        <translation>Geopend op of vóór deze dag (leeg: geen grens)</translation>
    </message>
    <message>
        <source>Back to all open matches</source>
        <translation>Terug naar alle open matches</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>No open matches</source>
        <translation>Geen open matches</translation>
    </message>
    <message>
        <source>A match arises when two organisations signal the same young person.</source>
        <translation>Een match ontstaat wanneer twee organisaties dezelfde jongere signaleren.</translation>
    </message>
    <message>
        <source>No matches with these filters</source>
        <translation>Geen matches met deze filters</translation>
    </message>
    <message>
        <source>Change the filters, or clear them.</source>
        <translation>Pas de filters aan, of wis ze.</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
</context>
<context>
    <name>MatchesTableModel</name>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>no BSN</source>
        <translation>geen BSN</translation>
    </message>
    <message>
        <source>shielded</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>{code} (proposed)</source>
        <translation>{code} (voorstel)</translation>
    </message>
    <message>
        <source>Opened {opened}, closed {closed}</source>
        <translation>Geopend {opened}, gesloten {closed}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) open</source>
        <translation>
            <numerusform>%Ln dag open</numerusform>
            <numerusform>%Ln dagen open</numerusform>
        </translation>
    </message>
    <message>
        <source>Shielded: the address is never shown, put in a letter or exported.</source>
        <translation>Afgeschermd: adres wordt nooit getoond, in een brief of export opgenomen.</translation>
    </message>
    <message>
        <source>Proposed by the rules; not yet confirmed</source>
        <translation>Voorgesteld volgens de regels; nog niet bevestigd</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>(general number of the organisation)</source>
        <translation>(algemeen nummer van de organisatie)</translation>
    </message>
    <message>
        <source>left on {date}</source>
        <translation>vertrokken op {date}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <source>Told {how} on {when} by {who}</source>
        <translation>{how} geïnformeerd op {when} door {who}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <source>Edit organisation {code}</source>
        <translation>Organisatie {code} wijzigen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. JT-MAAS</source>
        <translation>bijv. JT-MAAS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Choose a sector</source>
        <translation>Kies een sector</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>C&amp;riteria:</source>
        <translation>C&amp;riteria:</translation>
    </message>
    <message>
        <source>When this organisation signals: about the organisation, never about a young person.</source>
        <translation>Wanneer deze organisatie signaleert: over de organisatie, nooit over een jongere.</translation>
    </message>
    <message>
        <source>&amp;May coordinate (take the lead after a match)</source>
        <translation>&amp;Mag regie voeren (neemt na een match de leiding)</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>A lower number is proposed as coordinator first.</source>
        <translation>Een lager getal wordt eerder als regievoerder voorgesteld.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OrganisationsScreen</name>
    <message>
        <source>Professionals</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <source>Professionals of {code} – {name}</source>
        <translation>Hulpverleners van {code} – {name}</translation>
    </message>
    <message>
        <source>Deactivate the organisation {code}?</source>
        <translation>De organisatie {code} deactiveren?</translation>
    </message>
    <message>
        <source>It disappears from the lists and choices, and cannot signal any more. Its signals and history stay.</source>
        <translation>Ze verdwijnt uit de lijsten en keuzes en kan niet meer signaleren. Haar signalen en geschiedenis blijven bewaard.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Deactivate the professional {name}?</source>
        <translation>De hulpverlener {name} deactiveren?</translation>
    </message>
    <message>
        <source>The professional can no longer be chosen for a new signal. Signals that name this professional keep the contact details.</source>
        <translation>De hulpverlener kan niet meer worden gekozen bij een nieuw signaal. Signalen met deze hulpverlener houden de contactgegevens.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>The participating organisations, with the professionals who can be contacted about a signal. Each organisation decides by its own criteria when it signals.</source>
        <translation>De aangesloten organisaties, met de hulpverleners die over een signaal benaderd kunnen worden. Elke organisatie bepaalt met haar eigen criteria wanneer ze signaleert.</translation>
    </message>
    <message>
        <source>Search by code, name, sector, e-mail…</source>
        <translation>Zoeken op code, naam, sector, e-mail…</translation>
    </message>
    <message>
        <source>Also show &amp;inactive</source>
        <translation>Ook &amp;inactieve tonen</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nieuwe organisatie…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>New professional…</source>
        <translation>Nieuwe hulpverlener…</translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>OverdueTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Days past the term</source>
        <translation>Dagen over de termijn</translation>
    </message>
    <message>
        <source>Match {id}, opened {date}: {days} days past the term</source>
        <translation>Match {id}, geopend {date}: {days} dagen over de termijn</translation>
    </message>
</context>
<context>
    <name>PersonRecordView</name>
    <message>
        <source>No signals</source>
        <translation>Geen signalen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen matches</translation>
    </message>
    <message>
        <source>No letters sent yet</source>
        <translation>Nog geen brieven verstuurd</translation>
    </message>
    <message>
        <source>No contacts logged</source>
        <translation>Geen contactpogingen vastgelegd</translation>
    </message>
    <message>
        <source>no BSN</source>
        <translation>geen BSN</translation>
    </message>
    <message>
        <source>{date} ({age} years)</source>
        <translation>{date} ({age} jaar)</translation>
    </message>
    <message>
        <source>shielded – not shown</source>
        <translation>afgeschermd – niet getoond</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Signals ({active} active, {history} history)</source>
        <translation>Signalen ({active} actief, {history} historie)</translation>
    </message>
    <message>
        <source>Matches ({count})</source>
        <translation>Matches ({count})</translation>
    </message>
    <message>
        <source>Letters ({count})</source>
        <translation>Brieven ({count})</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>Contacten ({count})</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Terug naar de lijst</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Terug naar de lijst (Esc)</translation>
    </message>
    <message>
        <source>Opening this record was written to the audit log.</source>
        <translation>Het openen van dit dossier is in het auditlog vastgelegd.</translation>
    </message>
    <message>
        <source>Shielded: this young person&apos;s address is never shown, put in a letter or exported. Be careful with anything that could reveal where they live.</source>
        <translation>Afgeschermd: het adres van deze jongere wordt nooit getoond, in een brief gezet of geëxporteerd. Wees voorzichtig met alles wat kan verraden waar de jongere woont.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>BSN:</source>
        <translation>BSN:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Geslacht:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>Overlijdensdatum:</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
</context>
<context>
    <name>PersonsScreen</name>
    <message>
        <source>With or without open match</source>
        <translation>Met of zonder open match</translation>
    </message>
    <message>
        <source>With an open match</source>
        <translation>Met een open match</translation>
    </message>
    <message>
        <source>Without an open match</source>
        <translation>Zonder open match</translation>
    </message>
    <message>
        <source>Every woonplaats</source>
        <translation>Alle woonplaatsen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln young person(s)</source>
        <translation>
            <numerusform>%Ln jongere</numerusform>
            <numerusform>%Ln jongeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Young persons</source>
        <translation>Jeugdigen</translation>
    </message>
    <message>
        <source>Every young person signalled, with their active signals and open match. Search by the start of a BSN or a surname; press Enter or double-click to open the record (each opening is written to the audit log).</source>
        <translation>Elke gesignaleerde jongere, met de actieve signalen en de open match. Zoek op het begin van een BSN of een achternaam; Enter of dubbelklikken opent het dossier (elke keer openen komt in het auditlog).</translation>
    </message>
    <message>
        <source>Search by BSN or surname (Ctrl+F)</source>
        <translation>Zoek op BSN of achternaam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Open match</translation>
    </message>
    <message>
        <source>Only &amp;shielded</source>
        <translation>Alleen af&amp;geschermd</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporteren naar Excel…</translation>
    </message>
    <message>
        <source>Write the list as it is filtered and sorted to an Excel workbook</source>
        <translation>De lijst zoals die gefilterd en gesorteerd is naar een Excel-werkmap schrijven</translation>
    </message>
    <message>
        <source>No young persons found</source>
        <translation>Geen jongeren gevonden</translation>
    </message>
</context>
<context>
    <name>PersonsTableModel</name>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Active signals</source>
        <translation>Actieve signalen</translation>
    </message>
    <message>
        <source>Open match</source>
        <translation>Open match</translation>
    </message>
    <message>
        <source>Shielded</source>
        <translation>Afgeschermd</translation>
    </message>
    <message>
        <source>no BSN</source>
        <translation>geen BSN</translation>
    </message>
    <message>
        <source>shielded</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This screen comes in a next version</source>
        <translation>Dit scherm komt in een volgende versie</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>New professional</source>
        <translation>Nieuwe hulpverlener</translation>
    </message>
    <message>
        <source>Add professional</source>
        <translation>Hulpverlener toevoegen</translation>
    </message>
    <message>
        <source>Edit professional</source>
        <translation>Hulpverlener wijzigen</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>e.g. youth care worker</source>
        <translation>bijv. jeugdhulpverlener</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ProfessionalsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wacht op</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>no BSN</source>
        <translation>geen BSN</translation>
    </message>
    <message>
        <source>perhaps the same as {name}</source>
        <translation>misschien dezelfde als {name}</translation>
    </message>
    <message>
        <source>inform {codes}</source>
        <translation>informeren: {codes}</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>confirm coordinator ({code})</source>
        <translation>regie bevestigen ({code})</translation>
    </message>
    <message>
        <source>Match {id} of {organisations}: {waiting}</source>
        <translation>Match {id} van {organisations}: {waiting}</translation>
    </message>
</context>
<context>
    <name>RecordContactsModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>unjustified</source>
        <translation>onterecht</translation>
    </message>
    <message>
        <source>objection upheld</source>
        <translation>bezwaar toegekend</translation>
    </message>
    <message>
        <source>term ended</source>
        <translation>termijn verstreken</translation>
    </message>
    <message>
        <source>turned 23</source>
        <translation>23 jaar geworden</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen gehoor</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>verkeerd nummer</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>parents or carers</source>
        <translation>ouders of verzorgers</translation>
    </message>
    <message>
        <source>young person</source>
        <translation>jongere</translation>
    </message>
</context>
<context>
    <name>RecordLettersModel</name>
    <message>
        <source>Letter date</source>
        <translation>Briefdatum</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Gericht aan</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>RecordMatchesModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brief verstuurd</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>proposed: {code}</source>
        <translation>voorstel: {code}</translation>
    </message>
</context>
<context>
    <name>RecordSignalsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Signal date</source>
        <translation>Signaaldatum</translation>
    </message>
    <message>
        <source>Ends / ended</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Young persons</source>
        <translation>Jeugdigen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Enter signal</source>
        <translation>Signaal invoeren</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Make the letters to young persons and parents from the templates.</source>
        <translation>De brieven aan jeugdigen en ouders maken vanuit de sjablonen.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Aggregate numbers for management information; small numbers are hidden.</source>
        <translation>Geaggregeerde aantallen voor managementinformatie; kleine aantallen worden verborgen.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Who did what and when, and a check that the log has not been altered.</source>
        <translation>Wie wat wanneer deed, en een controle dat het logboek niet is gewijzigd.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Last database</source>
        <translation>Laatst gebruikte database</translation>
    </message>
    <message>
        <source>Last user name</source>
        <translation>Laatst gebruikte gebruikersnaam</translation>
    </message>
    <message>
        <source>Window position and size</source>
        <translation>Positie en grootte van het venster</translation>
    </message>
    <message>
        <source>Lock after minutes idle</source>
        <translation>Vergrendelen na zoveel minuten zonder activiteit</translation>
    </message>
    <message>
        <source>Language (nl or en)</source>
        <translation>Taal (nl of en)</translation>
    </message>
    <message>
        <source>Column widths and splitter positions</source>
        <translation>Kolombreedtes en verdelingen van schermen</translation>
    </message>
</context>
<context>
    <name>SignalEntryScreen</name>
    <message>
        <source>Ready to register (Ctrl+Enter).</source>
        <translation>Klaar om te registreren (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Not complete or not right yet: {fields}.</source>
        <translation>Nog niet compleet of niet juist: {fields}.</translation>
    </message>
    <message>
        <source>Enter a signal</source>
        <translation>Signaal invoeren</translation>
    </message>
    <message>
        <source>A signal says that an organisation helps this young person, and who can be contacted. One signal alone does nothing; a match arises when a second organisation signals the same young person.</source>
        <translation>Een signaal zegt dát een organisatie deze jongere helpt, en wie benaderd kan worden. Eén signaal alleen doet niets; een match ontstaat als een tweede organisatie dezelfde jongere signaleert.</translation>
    </message>
    <message>
        <source>Never record the reason for or the content of the request for help.</source>
        <translation>Noteer nooit de reden of inhoud van de hulpvraag.</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>&amp;BSN:</source>
        <translation>&amp;BSN:</translation>
    </message>
    <message>
        <source>&amp;No BSN</source>
        <translation>&amp;Geen BSN</translation>
    </message>
    <message>
        <source>Gi&amp;ven names:</source>
        <translation>&amp;Voornamen:</translation>
    </message>
    <message>
        <source>Pre&amp;fix:</source>
        <translation>&amp;Tussenvoegsel:</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Geboorte&amp;datum:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Ge&amp;slacht:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Street and h&amp;ouse number:</source>
        <translation>Straat en h&amp;uisnummer:</translation>
    </message>
    <message>
        <source>&amp;Postcode and town:</source>
        <translation>&amp;Postcode en woonplaats:</translation>
    </message>
    <message>
        <source>S&amp;hielded (safety case)</source>
        <translation>A&amp;fgeschermd (veiligheidszaak)</translation>
    </message>
    <message>
        <source>The address never goes into a letter or an export.</source>
        <translation>Het adres komt nooit in een brief of export.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>Professiona&amp;l:</source>
        <translation>&amp;Hulpverlener:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Signal da&amp;te:</source>
        <translation>Sig&amp;naaldatum:</translation>
    </message>
    <message>
        <source>Earlier involvement</source>
        <translation>Eerdere betrokkenheid</translation>
    </message>
    <message>
        <source>Another organisation helped this young person before. Tell the signalling organisation once, then click Seen.</source>
        <translation>Een andere organisatie hielp deze jongere eerder. Meld dit één keer aan de signalerende organisatie en klik dan op Gezien.</translation>
    </message>
    <message>
        <source>&amp;Seen</source>
        <translation>Ge&amp;zien</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
</context>
<context>
    <name>SignalResult</name>
    <message>
        <source>Existing signal of {organisation} refreshed (no match)</source>
        <translation>Bestaand signaal van {organisation} ververst (geen match)</translation>
    </message>
    <message>
        <source>New signal registered</source>
        <translation>Nieuw signaal geregistreerd</translation>
    </message>
    <message>
        <source>Match arisen with {organisations}</source>
        <translation>Match ontstaan met {organisations}</translation>
    </message>
    <message>
        <source>{organisation} added to the running match</source>
        <translation>{organisation} toegevoegd aan de lopende match</translation>
    </message>
    <message>
        <source>Organisations in the match: {organisations}</source>
        <translation>Organisaties in de match: {organisations}</translation>
    </message>
    <message>
        <source>No match: no other organisation holds a running signal.</source>
        <translation>Geen match: geen andere organisatie heeft een lopend signaal.</translation>
    </message>
    <message>
        <source>The match is in the work queue: inform the professionals.</source>
        <translation>De match staat in de werkvoorraad: informeer de hulpverleners.</translation>
    </message>
    <message>
        <source>Earlier involvement: {organisations}</source>
        <translation>Eerdere betrokkenheid: {organisations}</translation>
    </message>
    <message>
        <source>Shielded: the address never goes into a letter or an export.</source>
        <translation>Afgeschermd: het adres komt nooit in een brief of export.</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <source>Correct the field marked in red and try again.</source>
        <translation>Verbeter het veld met de rode melding en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>SignalsListModel</name>
    <message>
        <source>Signal date</source>
        <translation>Signaaldatum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Ends / ended</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no BSN</source>
        <translation>geen BSN</translation>
    </message>
    <message>
        <source>Shielded: no address</source>
        <translation>Afgeschermd: geen adres</translation>
    </message>
</context>
<context>
    <name>SignalsListScreen</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every organisation</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signal(s)</source>
        <translation>
            <numerusform>%Ln signaal</numerusform>
            <numerusform>%Ln signalen</numerusform>
        </translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>The signals of the participating organisations: active ones, or the history. Press Enter or double-click to open the young person&apos;s record.</source>
        <translation>De signalen van de aangesloten organisaties: de actieve, of de historie. Enter of dubbelklikken opent het dossier van de jongere.</translation>
    </message>
    <message>
        <source>Active signals or the history</source>
        <translation>Actieve signalen of de historie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>&amp;Signal date from</source>
        <translation>&amp;Signaaldatum van</translation>
    </message>
    <message>
        <source>First signal date</source>
        <translation>Eerste signaaldatum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Last signal date</source>
        <translation>Laatste signaaldatum</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporteren naar Excel…</translation>
    </message>
    <message>
        <source>Write the list as it is filtered and sorted to an Excel workbook</source>
        <translation>De lijst zoals die gefilterd en gesorteerd is naar een Excel-werkmap schrijven</translation>
    </message>
    <message>
        <source>No signals found</source>
        <translation>Geen signalen gevonden</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Enter the password of {name} to continue, or sign out to close sisa-desk.</source>
        <translation>Voer het wachtwoord van {name} in om verder te werken, of meld u af om sisa-desk te sluiten.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
    <message>
        <source>The password is wrong. sisa-desk stays locked.</source>
        <translation>Het wachtwoord is onjuist. sisa-desk blijft vergrendeld.</translation>
    </message>
    <message>
        <source>Locked — sisa-desk</source>
        <translation>Vergrendeld — sisa-desk</translation>
    </message>
    <message>
        <source>sisa-desk is locked</source>
        <translation>sisa-desk is vergrendeld</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Het wachtwoord wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Deactivate the account {name}?</source>
        <translation>Het account {name} deactiveren?</translation>
    </message>
    <message>
        <source>{name} can no longer log in. The account stays in the list and in the audit log.</source>
        <translation>{name} kan daarna niet meer inloggen. Het account blijft in de lijst en in de auditlog staan.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Renew the database key?</source>
        <translation>De databasesleutel vernieuwen?</translation>
    </message>
    <message>
        <source>The database gets a new key, sealed to the active users and the recovery key. Older copies of the keyring then no longer open it: make a new backup afterwards.</source>
        <translation>De database krijgt een nieuwe sleutel, verzegeld voor de actieve gebruikers en de herstelsleutel. Oudere kopieën van de sleutelring openen de database daarna niet meer: maak na afloop een nieuwe back-up.</translation>
    </message>
    <message>
        <source>Renew key</source>
        <translation>Sleutel vernieuwen</translation>
    </message>
    <message>
        <source>Renewing the database key…</source>
        <translation>De databasesleutel wordt vernieuwd…</translation>
    </message>
    <message>
        <source>{name} can no longer log in. Renew the database key as well, so that old copies of the keyring stop working.</source>
        <translation>{name} kan niet meer inloggen. Vernieuw ook de databasesleutel, zodat oude kopieën van de sleutelring niet meer werken.</translation>
    </message>
    <message>
        <source>The database key has been renewed. Active users who keep access: {count}. Make a new backup now.</source>
        <translation>De databasesleutel is vernieuwd. Actieve gebruikers die toegang houden: {count}. Maak nu een nieuwe back-up.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Who may log in to this database, and with which role. A user&apos;s password is known only to that user.</source>
        <translation>Wie in deze database mag inloggen, en met welke rol. Het wachtwoord van een gebruiker kent alleen die gebruiker zelf.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Gebruiker toevoegen…</translation>
    </message>
    <message>
        <source>Renew database key…</source>
        <translation>Databasesleutel vernieuwen…</translation>
    </message>
    <message>
        <source>After deactivating a user, renew the database key: old copies of the keyring then no longer open the database.</source>
        <translation>Vernieuw na het deactiveren van een gebruiker de databasesleutel: oude kopieën van de sleutelring openen de database dan niet meer.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>Laatst ingelogd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>WorkQueuesScreen</name>
    <message>
        <source>Professionals to inform</source>
        <translation>Hulpverleners informeren</translation>
    </message>
    <message>
        <source>Open matches in which a professional has not yet been told which other organisations are involved.</source>
        <translation>Open matches waarin een hulpverlener nog niet te horen kreeg welke andere organisaties betrokken zijn.</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>Brieven versturen</translation>
    </message>
    <message>
        <source>Open matches whose letter to the young person or the parents has not been sent.</source>
        <translation>Open matches waarvan de brief aan de jongere of de ouders nog niet verstuurd is.</translation>
    </message>
    <message>
        <source>Coordinator to confirm</source>
        <translation>Regie bevestigen</translation>
    </message>
    <message>
        <source>Open matches with a proposed coordinator that nobody has confirmed yet.</source>
        <translation>Open matches met een voorgestelde regievoerder die nog niemand bevestigde.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Open matches not handled within the term. They also come first in the other queues.</source>
        <translation>Open matches die niet binnen de termijn zijn afgehandeld. Ze staan ook in de andere werkvoorraden bovenaan.</translation>
    </message>
    <message>
        <source>Possible duplicates without BSN</source>
        <translation>Mogelijke dubbelen zonder BSN</translation>
    </message>
    <message>
        <source>Young persons without a BSN who may be the same person. They are never matched until someone decides.</source>
        <translation>Jongeren zonder BSN die misschien dezelfde persoon zijn. Ze worden pas gematcht als iemand besluit.</translation>
    </message>
    <message>
        <source>Every match has had this step. Well done.</source>
        <translation>Elke match heeft deze stap gehad.</translation>
    </message>
    <message>
        <source>No young persons without a BSN wait for a decision.</source>
        <translation>Er wachten geen jongeren zonder BSN op een besluit.</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the chosen match (Enter)</source>
        <translation>De gekozen match openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the queues again (F5)</source>
        <translation>De werkvoorraden opnieuw lezen (F5)</translation>
    </message>
    <message>
        <source>The matches that wait for a step from the back office, oldest first, so overdue ones come first in every queue. Double-click a row or press Enter to open it.</source>
        <translation>De matches die op een stap van het SISA-team wachten, oudste eerst: te late staan in elke werkvoorraad bovenaan. Dubbelklik op een regel of druk op Enter om hem te openen.</translation>
    </message>
    <message>
        <source>Nothing to do in this work queue</source>
        <translation>Niets te doen in deze werkvoorraad</translation>
    </message>
</context>
</TS>
