<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>AddLineDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="257" />
      <source>Ajouter une ligne</source>
      <translation>Add a line</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="259" />
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="273" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="267" />
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="274" />
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="270" />
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="275" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="77" />
      <source>Une erreur inattendue s'est produite ; la dernière opération n'a peut-être pas été enregistrée.

Détail : {detail}
Le journal de l'application contient les informations techniques : {log}</source>
      <translation>An unexpected error occurred; the last operation may not have been saved.

Detail: {detail}
The application log holds the technical details: {log}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="95" />
      <source>TiersLieux</source>
      <translation>TiersLieux</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="137" />
      <source>Ouverture de la base de données…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="194" />
      <source>Ouverture impossible</source>
      <translation>Cannot open</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="195" />
      <source>La base de données « {path} » ne peut pas être ouverte.

{reason}</source>
      <translation>The database “{path}” cannot be opened.

{reason}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="202" />
      <source>Choisir un autre fichier…</source>
      <translation>Choose another file…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="210" />
      <source>Choisir une base de données</source>
      <translation>Choose a database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/app.py" line="212" />
      <source>Base TiersLieux (*.sqlite3 *.sqlite *.db)</source>
      <translation>TiersLieux database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
  </context>
  <context>
    <name>ChoicePage</name>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="43" />
      <source>Bienvenue dans TiersLieux</source>
      <translation>Welcome to TiersLieux</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="46" />
      <source>TiersLieux enregistre la recherche participative de votre tiers-lieu et prépare le fichier annuel pour l'Observatoire. Vos données restent sur cet ordinateur.</source>
      <translation>TiersLieux records the participatory research of your third place and prepares the yearly file for the Observatory. Your data stay on this computer.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="51" />
      <source>&amp;Enregistrer ma structure</source>
      <translation>&amp;Register my organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="55" />
      <source>&amp;Découvrir l'application avec des données de démonstration</source>
      <translation>&amp;Discover the application with demo data</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="147" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="154" />
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="157" />
      <source>Année affichée</source>
      <translation>Year shown</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="180" />
      <source>Heures par mois</source>
      <translation>Hours per month</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="182" />
      <source>Heures par projet (10 premiers)</source>
      <translation>Hours per project (top 10)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="188" />
      <source>Avant l'export annuel : à compléter</source>
      <translation>Before the yearly export: to complete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="195" />
      <source>Éléments à compléter avant l'export</source>
      <translation>Items to complete before the export</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="197" />
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="432" />
      <source>Double-cliquez ou appuyez sur Entrée pour ouvrir l'élément à corriger</source>
      <translation>Double-click or press Enter to open the item to fix</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="205" />
      <source>heures au total</source>
      <translation>hours in total</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="206" />
      <source>heures bénévoles</source>
      <translation>volunteer hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="207" />
      <source>heures salariées</source>
      <translation>paid hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="208" />
      <source>heures mises à disposition</source>
      <translation>seconded hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="209" />
      <source>équivalents temps plein (ETP)</source>
      <translation>full-time equivalents (FTE)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="210" />
      <source>valorisation du bénévolat</source>
      <translation>volunteer time value</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="211" />
      <source>projets actifs</source>
      <translation>active projects</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="212" />
      <source>participants distincts</source>
      <translation>distinct participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="213" />
      <source>productions</source>
      <translation>outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="214" />
      <source>financements</source>
      <translation>funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="305" />
      <source>Calcul en cours…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="315" />
      <source>Chiffres indisponibles</source>
      <translation>Figures unavailable</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="338" />
      <source>à {n} h par ETP</source>
      <translation>at {n} h per FTE</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="342" />
      <source>au taux de {rate} de l'heure</source>
      <translation>at {rate} per hour</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="346" />
      <source>sans type</source>
      <translation>without type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="356" />
      <source>soit {n} ETP</source>
      <translation>i.e. {n} FTE</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="392" />
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="410" />
      <source>heures</source>
      <translation>hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="407" />
      <source>aucune heure</source>
      <translation>no hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="420" />
      <source>Tout est prêt pour l'export de {year}.</source>
      <translation>Everything is ready for the {year} export.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="425" />
      <source>Bloquant</source>
      <translation>Blocking</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/dashboard.py" line="425" />
      <source>À vérifier</source>
      <translation>To check</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/date_edit.py" line="33" />
      <source>JJ/MM/AAAA</source>
      <translation>DD/MM/YYYY</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/date_edit.py" line="36" />
      <location filename="../../tierslieux_app/ui/widgets/date_edit.py" line="37" />
      <source>Choisir dans un calendrier</source>
      <translation>Pick in a calendar</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/date_edit.py" line="76" />
      <source>Choisir une date</source>
      <translation>Choose a date</translation>
    </message>
  </context>
  <context>
    <name>DemoPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="185" />
      <source>Données de démonstration</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="189" />
      <source>Une base de démonstration (structure, projets, participants et heures inventés) va être créée dans :
{path}

Vos propres données ne sont pas concernées. Pour enregistrer votre structure plus tard : menu Fichier → Nouvelle base…</source>
      <translation>A demo database (invented organisation, projects, participants and hours) will be created in:
{path}

Your own data are not affected. To register your organisation later: File menu → New database…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="227" />
      <source>Création des données de démonstration…</source>
      <translation>Creating the demo data…</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="58" />
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="101" />
      <source>Modifier une saisie d'heures</source>
      <translation>Change an hours entry</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="72" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="73" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ExportPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="65" />
      <source>Export annuel pour l'Observatoire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="73" />
      <source>Un fichier par année, pseudonymisé : aucun nom, e-mail, téléphone ni note de personne n'y figure. Le classeur XLSX se lit dans un tableur ; le Data Package (CSV) s'importe par programme. Les deux contiennent les mêmes valeurs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="85" />
      <source>Année à exporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="87" />
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="90" />
      <source>Format du fichier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="91" />
      <source>Classeur XLSX (Excel, LibreOffice)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="92" />
      <source>Data Package : CSV et datapackage.json (ZIP)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="94" />
      <source>&amp;Format :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="98" />
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="286" />
      <source>Dossier de destination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="100" />
      <source>&amp;Parcourir…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="105" />
      <source>&amp;Dossier :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="109" />
      <source>Fichier :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="112" />
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="119" />
      <source>Vérifications avant l'export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="120" />
      <source>Double-cliquez ou appuyez sur Entrée pour ouvrir l'élément à corriger</source>
      <translation>Double-click or press Enter to open the item to fix</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="123" />
      <source>J'ai lu les &amp;avertissements et j'exporte quand même</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="129" />
      <source>&amp;Exporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="135" />
      <source>Avancement de l'export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="146" />
      <source>&amp;Ouvrir le dossier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="174" />
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="221" />
      <source>Vérification en cours…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="240" />
      <source>Tout est prêt : aucune donnée obligatoire ne manque.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="244" />
      <source>Bloquant</source>
      <translation>Blocking</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="244" />
      <source>Avertissement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="279" />
      <source>Corrigez d'abord les éléments bloquants de la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="281" />
      <source>Cochez la case pour accepter les avertissements.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="311" />
      <source>Export en cours…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="333" />
      <source>Fichier écrit : {path} ({rows} lignes). Empreinte SHA-256 : {digest}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/export_page.py" line="346" />
      <source>L'export n'a pas abouti ; aucun fichier n'a été remplacé.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FieldForm</name>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/form.py" line="138" />
      <source>Erreur : %s</source>
      <translation>Error: %s</translation>
    </message>
  </context>
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="21" />
      <source>La structure n'est pas renseignée (nom, SIRET ou RNA, forme juridique…)</source>
      <translation>The organisation is not registered (name, SIRET or RNA, legal form…)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="24" />
      <source>Le code commune INSEE de la structure n'est pas renseigné</source>
      <translation>The INSEE municipality code is missing</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="27" />
      <source>La région de la structure n'est pas renseignée</source>
      <translation>The region of the organisation is missing</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="30" />
      <source>Les chiffres de l'année {year} (salariés, ETP, budgets…) ne sont pas renseignés ; les paramètres par défaut seront utilisés</source>
      <translation>The figures of {year} (employees, FTE, budgets…) are not entered; the default parameters will be used</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="35" />
      <source>%n projet(s) sans date de début</source>
      <translation>Projects without a start date: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="38" />
      <source>%n projet(s) sans niveau de participation</source>
      <translation>Projects without a participation level: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="41" />
      <source>%n projet(s) sans thématique</source>
      <translation>Projects without a theme: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="42" />
      <source>%n production(s) sans type</source>
      <translation>Outputs without a type: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="43" />
      <source>%n production(s) sans date (non exportée(s))</source>
      <translation>Outputs without a date (not exported): %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="46" />
      <source>%n participant(s) sans date de consentement</source>
      <translation>Participants without a consent date: %n</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/findings.py" line="49" />
      <source>Aucune heure n'est saisie pour {year}</source>
      <translation>No hours entered for {year}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunAssistant</name>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="267" />
      <source>Premier lancement</source>
      <translation>First start</translation>
    </message>
  </context>
  <context>
    <name>FundingModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="52" />
      <source>Financeur</source>
      <translation>Funder</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="53" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="54" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="55" />
      <source>Montant (€)</source>
      <translation>Amount (€)</translation>
    </message>
  </context>
  <context>
    <name>FundingSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="300" />
      <source>Financements du projet</source>
      <translation>Project funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="302" />
      <source>Ajouter un financement…</source>
      <translation>Add funding…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="303" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="314" />
      <source>Ajouter un financement</source>
      <translation>Add funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="324" />
      <source>Nouveau financement</source>
      <translation>New funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="334" />
      <source>Ce financement</source>
      <translation>This funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="338" />
      <source>Supprimer un financement</source>
      <translation>Delete funding</translation>
    </message>
  </context>
  <context>
    <name>HoursModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="43" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="44" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="45" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="46" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="47" />
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="48" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/hours_model.py" line="49" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>HoursPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="128" />
      <source>Filtrer par projet</source>
      <translation>Filter by project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="130" />
      <source>Filtrer par personne</source>
      <translation>Filter by person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="132" />
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="170" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="134" />
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="172" />
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="136" />
      <source>Filtrer par type de temps</source>
      <translation>Filter by time type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="138" />
      <source>Rechercher (projet, personne, note)…</source>
      <translation>Search (project, person, note)…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="139" />
      <source>Rechercher</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="147" />
      <source>Liste des heures</source>
      <translation>Hours list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="154" />
      <source>Nombre de saisies</source>
      <translation>Number of entries</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="157" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="158" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="164" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="166" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="168" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="215" />
      <source>« %1 » n'est pas une date (JJ/MM/AAAA)</source>
      <translation>“%1” is not a date (DD/MM/YYYY)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="231" />
      <source>%1 saisie(s)</source>
      <translation>%1 entries</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="263" />
      <source>La saisie de %1 h de %2 le %3</source>
      <translation>The entry of %1 h by %2 on %3</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/hours.py" line="272" />
      <source>Supprimer une saisie d'heures</source>
      <translation>Delete an hours entry</translation>
    </message>
  </context>
  <context>
    <name>IdentitySection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="73" />
      <source>Modifier « %1 » du projet</source>
      <translation>Change “%1” of the project</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="102" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="103" />
      <source>Projets</source>
      <translation>Projects</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="104" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="105" />
      <source>Feuille de temps</source>
      <translation>Timesheet</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="106" />
      <source>Heures saisies</source>
      <translation>Hours entered</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="107" />
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="108" />
      <source>Export annuel</source>
      <translation>Yearly export</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="109" />
      <source>Structure et années</source>
      <translation>Structure and years</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="115" />
      <source>TiersLieux — {name}</source>
      <translation>TiersLieux — {name}</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="119" />
      <source>Navigation entre les pages</source>
      <translation>Page navigation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="151" />
      <source>Base de données ouverte</source>
      <translation>Open database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="156" />
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="158" />
      <source>Annulé</source>
      <translation>Undone</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="159" />
      <source>Rétablir</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="161" />
      <source>Rétabli</source>
      <translation>Redone</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="162" />
      <source>Rechercher</source>
      <translation>Find</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="183" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="184" />
      <source>&amp;Ouvrir une autre base…</source>
      <translation>&amp;Open another database…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="187" />
      <source>&amp;Nouvelle base…</source>
      <translation>&amp;New database…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="190" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="193" />
      <source>&amp;Édition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="198" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="202" />
      <source>&amp;Langue</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="212" />
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="213" />
      <source>À &amp;propos de TiersLieux</source>
      <translation>&amp;About TiersLieux</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="217" />
      <source>Barre d'outils</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="312" />
      <source>Langue : français</source>
      <translation>Language: French</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="312" />
      <source>Langue : anglais</source>
      <translation>Language: English</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="317" />
      <source>Base TiersLieux (*.sqlite3 *.sqlite *.db)</source>
      <translation>TiersLieux database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="319" />
      <source>Nouvelle base de données</source>
      <translation>New database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="322" />
      <source>Ouvrir une base de données</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="332" />
      <source>À propos de TiersLieux</source>
      <translation>About TiersLieux</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/main_window.py" line="334" />
      <source>TiersLieux {version}

La recherche participative des tiers-lieux et son fichier annuel pour l'Observatoire du TSR.

Base de données : {db}
Journal : {log}</source>
      <translation>TiersLieux {version}

Participatory research of third places and its yearly file for the Observatory of the third sector of research.

Database: {db}
Log: {log}</translation>
    </message>
  </context>
  <context>
    <name>MembersModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="30" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="31" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="32" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="33" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>MembersSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="148" />
      <source>Participants du projet</source>
      <translation>Project participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="150" />
      <source>Personne à ajouter</source>
      <translation>Person to add</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="152" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="156" />
      <source>Ajouter au projet</source>
      <translation>Add to the project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="157" />
      <source>Nouvelle personne…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="158" />
      <source>Retirer du projet</source>
      <translation>Remove from the project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="176" />
      <source>Ajouter une personne au projet</source>
      <translation>Add a person to the project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="195" />
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="206" />
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="220" />
      <source>Retirer %1 du projet</source>
      <translation>Remove %1 from the project</translation>
    </message>
  </context>
  <context>
    <name>OutputsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="14" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="15" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="16" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="17" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/outputs_model.py" line="18" />
      <source>Accès ouvert</source>
      <translation>Open access</translation>
    </message>
  </context>
  <context>
    <name>OutputsPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="48" />
      <source>Filtrer par projet</source>
      <translation>Filter by project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="50" />
      <source>Filtrer par type</source>
      <translation>Filter by type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="53" />
      <source>Toutes les années</source>
      <translation>All years</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="55" />
      <source>Filtrer par année</source>
      <translation>Filter by year</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="57" />
      <source>Rechercher une production…</source>
      <translation>Search an output…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="58" />
      <source>Rechercher une production</source>
      <translation>Search an output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="66" />
      <source>Liste des productions</source>
      <translation>Outputs list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="70" />
      <source>Nouvelle production…</source>
      <translation>New output…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="71" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="97" />
      <source>Auteurs (participants du projet)</source>
      <translation>Authors (project participants)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="108" />
      <source>Auteurs</source>
      <translation>Authors</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="208" />
      <source>Modifier « %1 » d'une production</source>
      <translation>Change “%1” of an output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="227" />
      <source>Modifier les auteurs d'une production</source>
      <translation>Change the authors of an output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="242" />
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="252" />
      <source>Nouvelle production</source>
      <translation>New output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="267" />
      <source>Cette production</source>
      <translation>This output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/outputs.py" line="271" />
      <source>Supprimer une production</source>
      <translation>Delete an output</translation>
    </message>
  </context>
  <context>
    <name>OutputsSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="353" />
      <source>Productions du projet</source>
      <translation>Project outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="356" />
      <source>Ajouter une production…</source>
      <translation>Add an output…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="357" />
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="372" />
      <source>Ajouter une production</source>
      <translation>Add an output</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="382" />
      <source>Nouvelle production</source>
      <translation>New output</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="14" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="15" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="16" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="17" />
      <source>Secteur</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="18" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="54" />
      <source>Rechercher une personne…</source>
      <translation>Search a person…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="55" />
      <source>Rechercher une personne</source>
      <translation>Search a person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="58" />
      <source>Liste des participants</source>
      <translation>Participants list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="64" />
      <source>Nouvelle personne…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="65" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="88" />
      <source>Projets de la personne</source>
      <translation>Projects of the person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="103" />
      <source>Projets et heures</source>
      <translation>Projects and hours</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="176" />
      <source>Total : %1 h</source>
      <translation>Total: %1 h</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="206" />
      <source>Modifier « %1 » d'une personne</source>
      <translation>Change “%1” of a person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="224" />
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="234" />
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="249" />
      <source>Cette personne</source>
      <translation>This person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/participants.py" line="253" />
      <source>Supprimer une personne</source>
      <translation>Delete a person</translation>
    </message>
  </context>
  <context>
    <name>PartnersModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="43" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="44" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="45" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>PartnersSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="235" />
      <source>Partenaires du projet</source>
      <translation>Project partners</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="237" />
      <source>Organisation partenaire</source>
      <translation>Partner organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="239" />
      <source>Rôle du partenaire</source>
      <translation>Partner role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="243" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="244" />
      <source>Nouvelle organisation…</source>
      <translation>New organisation…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="245" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="255" />
      <source>Ajouter un partenaire</source>
      <translation>Add a partner</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="277" />
      <source>Nouvelle organisation</source>
      <translation>New organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="285" />
      <source>Retirer un partenaire</source>
      <translation>Remove a partner</translation>
    </message>
  </context>
  <context>
    <name>PersonProjectsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="25" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="26" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="27" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/participants_model.py" line="28" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>ProjectsModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="18" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="19" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="20" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/projects_model.py" line="21" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
  </context>
  <context>
    <name>ProjectsPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="66" />
      <source>Rechercher un projet…</source>
      <translation>Search a project…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="67" />
      <source>Rechercher un projet</source>
      <translation>Search a project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="70" />
      <source>Liste des projets</source>
      <translation>Projects list</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="76" />
      <source>Nouveau projet…</source>
      <translation>New project…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="77" />
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="78" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="105" />
      <source>◀ Tous les projets</source>
      <translation>◀ All projects</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="121" />
      <source>Identité</source>
      <translation>Identity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="122" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="123" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="124" />
      <source>Financements</source>
      <translation>Funding</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="125" />
      <source>Productions</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="186" />
      <source>%1 participant(s) · %2 h · %3 production(s)</source>
      <translation>%1 participant(s) · %2 h · %3 output(s)</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="200" />
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="210" />
      <source>Nouveau projet</source>
      <translation>New project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="222" />
      <source>Ce projet</source>
      <translation>This project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/projects.py" line="226" />
      <source>Supprimer un projet</source>
      <translation>Delete a project</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/record_dialog.py" line="43" />
      <source>Créer</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/widgets/record_dialog.py" line="44" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>StructureFormPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="73" />
      <source>Votre structure</source>
      <translation>Your organisation</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="75" />
      <source>Indiquez au moins un SIRET ou un numéro RNA. Le reste se complète plus tard.</source>
      <translation>Give at least a SIRET or an RNA number. The rest can be completed later.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="83" />
      <source>14 chiffres, ex. 732 829 320 00074</source>
      <translation>14 digits, e.g. 732 829 320 00074</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/first_run.py" line="84" />
      <source>W suivi de 9 chiffres, ex. W751234567</source>
      <translation>W followed by 9 digits, e.g. W751234567</translation>
    </message>
  </context>
  <context>
    <name>StructurePage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="107" />
      <source>Structure et années</source>
      <translation>Structure and years</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="115" />
      <source>Chaque modification est enregistrée dès que vous quittez le champ (Ctrl+Z pour annuler).</source>
      <translation>Each change is saved as soon as you leave the field (Ctrl+Z to undo).</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="123" />
      <source>Identité de la structure</source>
      <translation>Structure identity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="133" />
      <source>Chiffres de l'année</source>
      <translation>Figures of the year</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="136" />
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="141" />
      <source>Année des chiffres</source>
      <translation>Year of the figures</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="161" />
      <source>Application</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="165" />
      <source>Langue de l'interface</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="170" />
      <source>&amp;Langue :</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="176" />
      <source>Base de données :</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="178" />
      <source>Ouvrir le &amp;dossier</source>
      <translation>Open the &amp;folder</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="201" />
      <source>Les chiffres de {year} ne sont pas encore renseignés ; valeurs par défaut affichées.</source>
      <translation>The figures of {year} are not entered yet; default values shown.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="238" />
      <source>Modifier « {field} »</source>
      <translation>Change “{field}”</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/structure_page.py" line="254" />
      <source>Modifier « {field} » ({year})</source>
      <translation>Change “{field}” ({year})</translation>
    </message>
  </context>
  <context>
    <name>TableSection</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/project_sections.py" line="99" />
      <source>Liste</source>
      <translation>List</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <location filename="../../tierslieux_app/ui/worker.py" line="126" />
      <source>Traitement en cours…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/worker.py" line="128" />
      <source>Veuillez patienter</source>
      <translation>Please wait</translation>
    </message>
  </context>
  <context>
    <name>TimesheetModel</name>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="109" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="111" />
      <source>Type de temps</source>
      <translation>Time type</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="113" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="115" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="189" />
      <source>Heures de %1 le %2</source>
      <translation>Hours of %1 on %2</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="212" />
      <source>Une ligne existe déjà pour cette personne avec ce type et cette activité.</source>
      <translation>A line already exists for this person with this type and activity.</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="224" />
      <source>Changer le type ou l'activité de %1</source>
      <translation>Change the type or activity of %1</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/models/timesheet_model.py" line="263" />
      <source>Copier la semaine précédente</source>
      <translation>Copy the previous week</translation>
    </message>
  </context>
  <context>
    <name>TimesheetPage</name>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="108" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="110" />
      <source>◀ Semaine précédente</source>
      <translation>◀ Previous week</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="111" />
      <source>Alt+Gauche</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="112" />
      <source>Semaine suivante ▶</source>
      <translation>Next week ▶</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="113" />
      <source>Alt+Droite</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="114" />
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="116" />
      <source>Copier la semaine précédente</source>
      <translation>Copy the previous week</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="117" />
      <source>Ajouter une ligne…</source>
      <translation>Add a line…</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="128" />
      <source>Grille des heures de la semaine</source>
      <translation>Hours grid of the week</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="144" />
      <source>Message de la grille</source>
      <translation>Grid message</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="147" />
      <source>Projet :</source>
      <translation>Project:</translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="207" />
      <source>Semaine du %1 au %2</source>
      <translation>Week from %1 to %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="230" />
      <source>%n saisie(s) copiée(s) de la semaine précédente.</source>
      <translation>
        <numerusform>%n entry copied from the previous week.</numerusform>
        <numerusform>%n entries copied from the previous week.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tierslieux_app/ui/pages/timesheet.py" line="234" />
      <source>Choisissez d'abord un projet.</source>
      <translation>Choose a project first.</translation>
    </message>
  </context>
</TS>