<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.ui" line="+6"/>
        <source>About CleanStation Production</source>
        <translation>À propos de CleanStation Production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server:</source>
        <translation>Serveur PostgreSQL :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database schema:</source>
        <translation>Schéma de la base :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log file:</source>
        <translation>Fichier journal :</translation>
    </message>
</context>
<context>
    <name>BomPreviewWidget</name>
    <message>
        <location filename="../ui/wizard/bompreviewwidget.ui" line="+2"/>
        <source>BOM preview</source>
        <translation>Aperçu de la nomenclature</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/shell/changepassworddialog.ui" line="+6"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <location filename="../ui/admin/createuserdialog.ui" line="+6"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name (login):</source>
        <translation>Nom d&apos;&amp;utilisateur (connexion) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial &amp;password:</source>
        <translation>Mot de &amp;passe initial :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe :</translation>
    </message>
</context>
<context>
    <name>JsonImportFile</name>
    <message>
        <location filename="../src/ui/admin/jsonimportfile.cpp" line="+16"/>
        <location line="+12"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is too large for %2 (%3 kB; at most %4 kB).</source>
        <translation>%1 est trop volumineux pour %2 (%3 Ko ; au plus %4 Ko).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not %2 (a JSON object): %3</source>
        <translation>%1 n&apos;est pas %2 (un objet JSON) : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holds no object</source>
        <translation>le fichier ne contient aucun objet</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../ui/shell/lockdialog.ui" line="+6"/>
        <source>Locked – CleanStation Production</source>
        <translation>Verrouillé – CleanStation Production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;CleanStation is locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;CleanStation est verrouillé&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Switch user</source>
        <translation>&amp;Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.ui" line="+6"/>
        <source>Log in – CleanStation Production</source>
        <translation>Connexion – CleanStation Production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;CleanStation Production&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;CleanStation Production&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Mémoriser mon mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection details</source>
        <translation>Détails de la connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Encryption (TLS):</source>
        <translation>Ch&amp;iffrement (TLS) :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;&amp;AC :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete this server profile</source>
        <translation>Supprimer ce profil de serveur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.ui" line="+6"/>
        <source>CleanStation Production</source>
        <translation>CleanStation Production</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Catalog</source>
        <translation>Ca&amp;talogue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quality</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assembly</source>
        <translation>Asse&amp;mblage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People</source>
        <translation>&amp;Personnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock workstation</source>
        <translation>&amp;Verrouiller le poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter list</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open by code…</source>
        <translation>&amp;Ouvrir par code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Checklist templates…</source>
        <translation>Modèles de &amp;listes de contrôle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work instructions…</source>
        <translation>&amp;Instructions de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bench &amp;tools…</source>
        <translation>&amp;Outils du poste…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Force status…</source>
        <translation>&amp;Forcer l&apos;état…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete build…</source>
        <translation>&amp;Supprimer une fabrication…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import catalog…</source>
        <translation>&amp;Importer le catalogue…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About CleanStation…</source>
        <translation>À &amp;propos de CleanStation…</translation>
    </message>
</context>
<context>
    <name>OrderBoardWidget</name>
    <message>
        <location filename="../ui/orders/orderboardwidget.ui" line="+14"/>
        <source>Search PO, build, customer or project…</source>
        <translation>Rechercher un bon de commande, une fabrication, un client ou un projet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;My queue</source>
        <translation>&amp;Ma file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Travelers</source>
        <translation>&amp;Fiches suiveuses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print or export the travelers of the selected builds as one job</source>
        <translation>Imprimer ou exporter en une seule tâche les fiches suiveuses des fabrications sélectionnées</translation>
    </message>
</context>
<context>
    <name>OrderBomTab</name>
    <message>
        <location filename="../ui/orders/orderbomtab.ui" line="+28"/>
        <source>A&amp;pprove BOM…</source>
        <translation>A&amp;pprouver la nomenclature…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reject BOM…</source>
        <translation>&amp;Refuser la nomenclature…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by item, name, reason or rule…</source>
        <translation>Filtrer par article, nom, motif ou règle…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The BOM as it is built: each kit with the parts in it</source>
        <translation>La nomenclature telle qu&apos;elle est montée : chaque kit avec ses pièces</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parts l&amp;ist</source>
        <translation>Liste des p&amp;ièces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every part once, with the total quantity the build needs</source>
        <translation>Chaque pièce une seule fois, avec la quantité totale nécessaire à la fabrication</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Expand all</source>
        <translation>Tout dép&amp;lier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ollapse all</source>
        <translation>Tout r&amp;eplier</translation>
    </message>
</context>
<context>
    <name>OrderDocumentsTab</name>
    <message>
        <location filename="../ui/orders/orderdocumentstab.ui" line="+27"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
</context>
<context>
    <name>OrderOverviewTab</name>
    <message>
        <location filename="../ui/orders/orderoverviewtab.ui" line="+11"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Sales person:</source>
        <translation>Co&amp;mmercial :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Want date:</source>
        <translation>Date &amp;souhaitée :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Remarques :</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note or reason for the status change</source>
        <translation>Remarque ou motif du changement d&apos;état</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No status change is open to your role now.</source>
        <translation>Aucun changement d&apos;état n&apos;est ouvert à votre rôle pour le moment.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Assign</source>
        <translation>&amp;Affecter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Claim this build</source>
        <translation>Prendre cette fa&amp;brication</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print &amp;traveler…</source>
        <translation>Imprimer la &amp;fiche suiveuse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export traveler &amp;PDF…</source>
        <translation>Exporter la fiche suiveuse en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print &amp;labels…</source>
        <translation>Imprimer les é&amp;tiquettes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;ZPL preview…</source>
        <translation>Aperçu &amp;ZPL…</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <location filename="../ui/orders/orderpage.ui" line="+14"/>
        <source>Build</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/data/admin/auditverifier.cpp" line="+200"/>
        <source>cannot read cs.audit_log: %1</source>
        <translation>impossible de lire cs.audit_log : %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>audit row %1 (old chain): %2</source>
        <translation>ligne d&apos;audit %1 (ancienne chaîne) : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old chain: %1</source>
        <translation>ancienne chaîne : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position %1, audit row %2: %3</source>
        <translation>position %1, ligne d&apos;audit %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>position %1: %2</source>
        <translation>position %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot start the verification: %1</source>
        <translation>impossible de lancer la vérification : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the audit log: %1</source>
        <translation>impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database has no sealed chain yet (run &apos;cleanstation-admin migrate&apos;); anchors cannot be checked</source>
        <translation>la base n&apos;a pas encore de chaîne scellée (exécutez « cleanstation-admin migrate ») ; les ancres ne peuvent pas être vérifiées</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+136"/>
        <location line="+71"/>
        <source>cannot read cs.audit_seal: %1</source>
        <translation>impossible de lire cs.audit_seal : %1</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+7"/>
        <source>cannot read the signed records: %1</source>
        <translation>impossible de lire les fiches signées : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 (build %3): %4</source>
        <translation>%1 %2 (fabrication %3) : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the content no longer matches its content hash</source>
        <translation>le contenu ne correspond plus à son empreinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the result has no signature</source>
        <translation>le résultat n&apos;a pas de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature is missing</source>
        <translation>sa signature a disparu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the content no longer matches the hash its signature signed</source>
        <translation>le contenu ne correspond plus à l&apos;empreinte signée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature is of another record</source>
        <translation>sa signature est celle d&apos;une autre fiche</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its prev_hash is not the hash of the row before it (id %1): a row was removed or inserted</source>
        <translation>son prev_hash n&apos;est pas l&apos;empreinte de la ligne précédente (id %1) : une ligne a été supprimée ou insérée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its prev_hash is not the start of the chain: rows were removed before it</source>
        <translation>son prev_hash n&apos;est pas le début de la chaîne : des lignes ont été supprimées avant elle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its content does not match its hash: the row was altered</source>
        <translation>son contenu ne correspond pas à son empreinte : la ligne a été modifiée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reading cs.audit_log failed: %1</source>
        <translation>la lecture de cs.audit_log a échoué : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read cs.audit_chain_head: %1</source>
        <translation>impossible de lire cs.audit_chain_head : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its head names row %1 but its last row is %2: rows were removed at its end</source>
        <translation>sa tête désigne la ligne %1 mais sa dernière ligne est %2 : des lignes ont été supprimées à sa fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its head names row %1 (hash %2) but its last row is %3 (hash %4)</source>
        <translation>sa tête désigne la ligne %1 (empreinte %2) mais sa dernière ligne est %3 (empreinte %4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the anchor taken %1 says its hash is %2, the chain has %3: the chain up to here was rewritten after the anchor was taken</source>
        <translation>l&apos;ancre prise le %1 indique l&apos;empreinte %2, la chaîne a %3 : la chaîne jusqu&apos;à ce point a été réécrite après la prise de l&apos;ancre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this position appears more than once</source>
        <translation>cette position apparaît plusieurs fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this position is missing: its seal row was removed</source>
        <translation>cette position manque : sa ligne de scellement a été supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positions %1 to %2 are missing: their seal rows were removed</source>
        <translation>les positions %1 à %2 manquent : leurs lignes de scellement ont été supprimées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its prev_hash is not the hash of position %1: a seal row was inserted, removed or moved</source>
        <translation>son prev_hash n&apos;est pas l&apos;empreinte de la position %1 : une ligne de scellement a été insérée, supprimée ou déplacée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the audit row it seals is missing: it was deleted or its id changed</source>
        <translation>la ligne d&apos;audit qu&apos;elle scelle manque : elle a été supprimée ou son id a changé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its hash does not match the audit row&apos;s content, id and position: the row or its seal was altered, or rows were swapped</source>
        <translation>son empreinte ne correspond pas au contenu, à l&apos;id et à la position de la ligne d&apos;audit : la ligne ou son scellement a été modifié, ou des lignes ont été interverties</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading cs.audit_seal failed: %1</source>
        <translation>la lecture de cs.audit_seal a échoué : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the anchor taken %1 names this position but the chain ends at position %2: sealed rows were removed at the end</source>
        <translation>l&apos;ancre prise le %1 désigne cette position mais la chaîne s&apos;arrête à la position %2 : des lignes scellées ont été supprimées à la fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the anchor taken %1 names this position but it is missing from the chain</source>
        <translation>l&apos;ancre prise le %1 désigne cette position mais celle-ci manque dans la chaîne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this audit row is sealed at more than one position %1</source>
        <translation>cette ligne d&apos;audit est scellée à plus d&apos;une position %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read cs.audit_seal_state: %1</source>
        <translation>impossible de lire cs.audit_seal_state : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the head names this position but the chain ends at position %1: sealed rows were removed at the end</source>
        <translation>la tête désigne cette position mais la chaîne s&apos;arrête à la position %1 : des lignes scellées ont été supprimées à la fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the chain goes on past its head (position %1): rows were added outside the sealer</source>
        <translation>la chaîne continue au-delà de sa tête (position %1) : des lignes ont été ajoutées en dehors du scellement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the head&apos;s hash %1 is not the hash of this position (%2)</source>
        <translation>l&apos;empreinte %1 de la tête n&apos;est pas celle de cette position (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot count the unsealed audit rows: %1</source>
        <translation>impossible de compter les lignes d&apos;audit non scellées : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the head of the audit chain: %1</source>
        <translation>impossible de lire la tête de la chaîne d&apos;audit : %1</translation>
    </message>
    <message>
        <location filename="../src/data/schema/migrator.cpp" line="+181"/>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read cs.schema_migrations: %1</source>
        <translation>Impossible de lire cs.schema_migrations : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the SQL function files of the database: %1</source>
        <translation>Impossible de lire les fichiers de fonctions SQL de la base : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read cs.schema_repeatables: %1</source>
        <translation>Impossible de lire cs.schema_repeatables : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Cannot read cs.schema_repeatable_runs: %1</source>
        <translation>Impossible de lire cs.schema_repeatable_runs : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>database schema version %1 is newer than this client (%2); update the client</source>
        <translation>la version %1 du schéma de la base est plus récente que ce client (%2) ; mettez le client à jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>migration %1 (%2) recorded in the database is unknown to this client; the database was migrated by a different build</source>
        <translation>la migration %1 (%2) enregistrée dans la base est inconnue de ce client ; la base a été migrée par une autre version du programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migration %1 was changed after it was applied (checksum %2 in the database, %3 in this client); restore the original file or write a new migration</source>
        <translation>la migration %1 a été modifiée après avoir été appliquée (somme de contrôle %2 dans la base, %3 dans ce client) ; restaurez le fichier d&apos;origine ou écrivez une nouvelle migration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database schema version %1 is older than this client (%2); run &apos;cleanstation-admin migrate&apos;</source>
        <translation>la version %1 du schéma de la base est plus ancienne que ce client (%2) ; lancez « cleanstation-admin migrate »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database lacks migration %1 of this client (its schema is older than this client); run &apos;cleanstation-admin migrate&apos;</source>
        <translation>il manque à la base la migration %1 de ce client (son schéma est plus ancien que ce client) ; lancez « cleanstation-admin migrate »</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: not applied</source>
        <translation>%1 : non appliqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: changed</source>
        <translation>%1 : modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown to this client</source>
        <translation>%1 : inconnu de ce client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a schema migration was applied after the SQL function files</source>
        <translation>une migration du schéma a été appliquée après les fichiers de fonctions SQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database&apos;s SQL function files were replaced by a newer client&apos;s after this client&apos;s were applied (%1)</source>
        <translation>les fichiers de fonctions SQL de la base ont été remplacés par ceux d&apos;un client plus récent après l&apos;application de ceux de ce client (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SQL function files of this client were never applied to the database</source>
        <translation>les fichiers de fonctions SQL de ce client n&apos;ont jamais été appliqués à la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database&apos;s SQL function files are not this client&apos;s (%1)</source>
        <translation>les fichiers de fonctions SQL de la base ne sont pas ceux de ce client (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the database has no record of SQL function files (cs.schema_repeatables); its schema is older than this client; run &apos;cleanstation-admin migrate&apos;</source>
        <translation>la base n&apos;a aucune trace des fichiers de fonctions SQL (cs.schema_repeatables) ; son schéma est plus ancien que ce client ; lancez « cleanstation-admin migrate »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; the database&apos;s functions are older than this client&apos;s: run &apos;cleanstation-admin migrate&apos;</source>
        <translation>%1 ; les fonctions de la base sont plus anciennes que celles de ce client : lancez « cleanstation-admin migrate »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; update this client</source>
        <translation>%1 ; mettez ce client à jour</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no database connection</source>
        <translation>aucune connexion à la base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this client has no embedded migrations (resources missing)</source>
        <translation>ce client ne contient aucune migration (ressources manquantes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+58"/>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+58"/>
        <source>cannot lock the schema for migration: %1</source>
        <translation>impossible de verrouiller le schéma pour la migration : %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>cannot create cs.schema_migrations: %1</source>
        <translation>impossible de créer cs.schema_migrations : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>migration %1 failed: %2</source>
        <translation>la migration %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot record migration %1: %2</source>
        <translation>impossible d&apos;enregistrer la migration %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration %1 failed at commit: %2</source>
        <translation>la migration %1 a échoué à la validation : %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cs.schema_repeatables does not exist: the numbered migrations of this client do not create the bookkeeping of the SQL function files</source>
        <translation>cs.schema_repeatables n&apos;existe pas : les migrations numérotées de ce client ne créent pas le suivi des fichiers de fonctions SQL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. Update this client, or run &apos;cleanstation-admin migrate --force-functions&apos; to put this client&apos;s functions back on purpose</source>
        <translation>%1. Mettez ce client à jour, ou lancez « cleanstation-admin migrate --force-functions » pour remettre délibérément les fonctions de ce client</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SQL file functions/%1 failed: %2</source>
        <translation>le fichier SQL functions/%1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>after the SQL function files, function %1 does not compile: %2</source>
        <translation>après les fichiers de fonctions SQL, la fonction %1 ne compile pas : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>cannot record the SQL function files: %1</source>
        <translation>impossible d&apos;enregistrer les fichiers de fonctions SQL : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SQL function files failed at commit: %1</source>
        <translation>les fichiers de fonctions SQL ont échoué à la validation : %1</translation>
    </message>
    <message>
        <location filename="../src/data/admin/auditanchor.cpp" line="+55"/>
        <source>not an audit anchor (a JSON object is expected: %1)</source>
        <translation>ce n&apos;est pas une ancre d&apos;audit (un objet JSON est attendu : %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an audit anchor of this format (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas une ancre d&apos;audit de ce format (&quot;format&quot; doit valoir &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the anchor&apos;s &quot;position&quot; is not a whole number of 0 or more</source>
        <translation>la valeur &quot;position&quot; de l&apos;ancre n&apos;est pas un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the anchor&apos;s &quot;hash&quot; is not 64 lower-case hexadecimal digits</source>
        <translation>la valeur &quot;hash&quot; de l&apos;ancre n&apos;est pas composée de 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the anchor&apos;s &quot;sealedAt&quot; is not a date and time (ISO 8601)</source>
        <translation>la valeur &quot;sealedAt&quot; de l&apos;ancre n&apos;est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/data/admin/auditsealer.cpp" line="+33"/>
        <source>cannot ask the server whether this login may seal: %1</source>
        <translation>impossible de demander au serveur si cet identifiant peut sceller : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database has no audit sealer (cs.seal_audit); run &apos;cleanstation-admin migrate&apos;</source>
        <translation>la base n&apos;a pas de fonction de scellement de l&apos;audit (cs.seal_audit) ; exécutez « cleanstation-admin migrate »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the login %1 may not seal the audit log: the sealer runs as the PostgreSQL superuser or as a login in the role cs_sealer</source>
        <translation>l&apos;identifiant %1 n&apos;a pas le droit de sceller le journal d&apos;audit : le scellement s&apos;exécute en tant que superutilisateur PostgreSQL ou avec un identifiant du rôle cs_sealer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot prepare the sealing: %1</source>
        <translation>impossible de préparer le scellement : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sealing the audit log failed: %1</source>
        <translation>le scellement du journal d&apos;audit a échoué : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/shell/settingsdialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop-&amp;floor mode:</source>
        <translation>Mode &amp;atelier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text, rows and buttons for gloves and a line PC. Automatic turns it on for the QC inspector&apos;s and the assembler&apos;s homes on this workstation.</source>
        <translation>Texte, lignes et boutons plus grands, pour travailler avec des gants sur un poste de ligne. « Automatique » l&apos;active sur ce poste pour les écrans d&apos;accueil de l&apos;inspecteur qualité et du monteur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after &amp;idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual lea&amp;d time:</source>
        <translation>&amp;Délai habituel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new order&apos;s want date starts this many days after today.</source>
        <translation>La date souhaitée d&apos;une nouvelle commande est proposée ce nombre de jours après aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page printer:</source>
        <translation>Imprimante &amp;pages :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;bel printer:</source>
        <translation>Imprimante d&apos;é&amp;tiquettes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label &amp;size:</source>
        <translation>&amp;Format d&apos;étiquette :</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../ui/common/signaturedialog.ui" line="+9"/>
        <source>Electronic signature</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing is the electronic equivalent of your handwritten signature. Enter your password again to sign.</source>
        <translation>Signer équivaut électroniquement à votre signature manuscrite. Saisissez de nouveau votre mot de passe pour signer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meaning:</source>
        <translation>Signification :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed content:</source>
        <translation>Contenu signé :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signer:</source>
        <translation>Signataire :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../src/ui/common/statustext.cpp" line="+9"/>
        <source>Order created</source>
        <translation>Commande créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts sent, waiting for arrival</source>
        <translation>Pièces envoyées, en attente de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for Pre-QC</source>
        <translation>Prêt pour le pré-contrôle qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-QC rejected</source>
        <translation>Pré-contrôle qualité refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rework (Pre-QC)</source>
        <translation>Reprise (pré-contrôle qualité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for production</source>
        <translation>Prêt pour la production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold: parts issue</source>
        <translation>En attente : problème de pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing complete</source>
        <translation>Essais terminés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging complete</source>
        <translation>Emballage terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for Final QC</source>
        <translation>Prêt pour le contrôle qualité final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final QC rejected</source>
        <translation>Contrôle qualité final refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rework (Final QC)</source>
        <translation>Reprise (contrôle qualité final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to ship</source>
        <translation>Prêt à expédier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pending approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Production coordinator</source>
        <translation>Coordinateur de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procurement specialist</source>
        <translation>Spécialiste des achats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QC inspector</source>
        <translation>Inspecteur qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembler</source>
        <translation>Monteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service department</source>
        <translation>Service après-vente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status changed</source>
        <translation>État modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status forced (admin)</source>
        <translation>État forcé (admin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Affectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM approved (signed)</source>
        <translation>Nomenclature approuvée (signée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM rejected (signed)</source>
        <translation>Nomenclature refusée (signée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM regenerated</source>
        <translation>Nomenclature régénérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order submitted</source>
        <translation>Commande soumise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order edited</source>
        <translation>Commande modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveler printed</source>
        <translation>Fiche suiveuse imprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveler reprinted</source>
        <translation>Fiche suiveuse réimprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels printed</source>
        <translation>Étiquettes imprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels reprinted</source>
        <translation>Étiquettes réimprimées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales person</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../ui/admin/useradmindialog.ui" line="+6"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;deactivated users</source>
        <translation>Afficher les utilisateurs &amp;désactivés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate</source>
        <translation>Dés&amp;activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change r&amp;ole…</source>
        <translation>Changer le r&amp;ôle…</translation>
    </message>
</context>
<context>
    <name>WizardPageAccessories</name>
    <message>
        <location filename="../ui/wizard/wizardpageaccessories.ui" line="+2"/>
        <source>&amp;Build</source>
        <translation>&amp;Fabrication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessory library</source>
        <translation>Bibliothèque d&apos;accessoires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by id or name; Enter adds the first match</source>
        <translation>Filtrer par id ou par nom ; Entrée ajoute le premier résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add to build</source>
        <translation>&amp;Ajouter à la fabrication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessories of this build</source>
        <translation>Accessoires de cette fabrication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
</context>
<context>
    <name>WizardPageOrder</name>
    <message>
        <location filename="../ui/wizard/wizardpageorder.ui" line="+2"/>
        <source>P&amp;O number</source>
        <translation>Numéro de bon de c&amp;ommande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. PO-2025-0142</source>
        <translation>p. ex. PO-2025-0142</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least 3 characters</source>
        <translation>au moins 3 caractères</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sales person</source>
        <translation>Co&amp;mmercial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Want date</source>
        <translation>&amp;Date souhaitée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;language</source>
        <translation>&amp;Langue des documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EN – English</source>
        <translation>EN – Anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FR – French</source>
        <translation>FR – Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ES – Spanish</source>
        <translation>ES – Espagnol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;PO document…</source>
        <translation>Ajouter le &amp;bon de commande…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add sink &amp;drawing…</source>
        <translation>Ajouter le &amp;plan de l&apos;évier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
</context>
<context>
    <name>WizardPageSelection</name>
    <message>
        <location filename="../ui/wizard/wizardpageselection.ui" line="+2"/>
        <source>Sink &amp;family</source>
        <translation>&amp;Famille d&apos;évier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MDRD</source>
        <translation>MDRD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endoscope CleanStation</source>
        <translation>Endoscope CleanStation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>InstroSink</source>
        <translation>InstroSink</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build numbers</source>
        <translation>Numéros de fabrication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;1</source>
        <translation>Numéro de fabrication &amp;1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>letters, digits and -</source>
        <translation>lettres, chiffres et -</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;2</source>
        <translation>Numéro de fabrication &amp;2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;3</source>
        <translation>Numéro de fabrication &amp;3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;4</source>
        <translation>Numéro de fabrication &amp;4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;5</source>
        <translation>Numéro de fabrication &amp;5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;6</source>
        <translation>Numéro de fabrication &amp;6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;7</source>
        <translation>Numéro de fabrication &amp;7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;8</source>
        <translation>Numéro de fabrication &amp;8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number &amp;9</source>
        <translation>Numéro de fabrication &amp;9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build number 1&amp;0</source>
        <translation>Numéro de fabrication 1&amp;0</translation>
    </message>
</context>
<context>
    <name>WizardPageSink</name>
    <message>
        <location filename="../ui/wizard/wizardpagesink.ui" line="+2"/>
        <source>&amp;Build</source>
        <translation>&amp;Fabrication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;from</source>
        <translation>Copier &amp;depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cop&amp;y configuration</source>
        <translation>Cop&amp;ier la configuration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sink body</source>
        <translation>Corps de l&apos;évier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sink &amp;model</source>
        <translation>&amp;Modèle d&apos;évier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T2-B1 (1 basin)</source>
        <translation>T2-B1 (1 bac)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T2-B2 (2 basins)</source>
        <translation>T2-B2 (2 bacs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T2-B3 (3 basins)</source>
        <translation>T2-B3 (3 bacs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Width (in)</source>
        <translation>La&amp;rgeur (po)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 30</source>
        <translation>p. ex. 30</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;ength (in)</source>
        <translation>L&amp;ongueur (po)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>48 to 120</source>
        <translation>48 à 120</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le&amp;gs</source>
        <translation>Pi&amp;eds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height adjustable</source>
        <translation>Hauteur réglable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed height</source>
        <translation>Hauteur fixe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DL27</source>
        <translation>DL27</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DL14</source>
        <translation>DL14</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LC1</source>
        <translation>LC1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;eet</source>
        <translation>Embo&amp;uts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock and leveling casters</source>
        <translation>Roulettes à frein et de mise à niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seismic feet</source>
        <translation>Pieds parasismiques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work&amp;flow</source>
        <translation>Sens de tra&amp;vail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pegboard</source>
        <translation>P&amp;anneau perforé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pegboard</source>
        <translation>Panneau perforé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perforated</source>
        <translation>Perforé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solid</source>
        <translation>Plein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colorsafe+ co&amp;lour</source>
        <translation>Cou&amp;leur Colorsafe+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Si&amp;ze</source>
        <translation>Dime&amp;nsions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same as sink</source>
        <translation>Comme l&apos;évier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Sur mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>width (in)</source>
        <translation>largeur (po)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>length (in)</source>
        <translation>longueur (po)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basins</source>
        <translation>Bacs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basin 1</source>
        <translation>Bac 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Sink</source>
        <translation>E-Sink</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Sink DI</source>
        <translation>E-Sink DI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Drain</source>
        <translation>E-Drain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>20X20X8</source>
        <translation>20X20X8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24X20X8</source>
        <translation>24X20X8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24X20X10</source>
        <translation>24X20X10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30X20X8</source>
        <translation>30X20X8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30X20X10</source>
        <translation>30X20X10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>l</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P-trap disinfection drain unit</source>
        <translation>Unité de désinfection du siphon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basin light</source>
        <translation>Éclairage du bac</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basin 2</source>
        <translation>Bac 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basin 3</source>
        <translation>Bac 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faucets</source>
        <translation>Robinets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Faucets</source>
        <translation>Ro&amp;binets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faucet 1</source>
        <translation>Robinet 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose type…</source>
        <translation>Choisir le type…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrist blade swing spout</source>
        <translation>Bec orientable à commande au poignet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-rinse overhead spray</source>
        <translation>Douchette de prélavage en hauteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DI gooseneck</source>
        <translation>Col de cygne eau déminéralisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose placement…</source>
        <translation>Choisir l&apos;emplacement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre of basin 1</source>
        <translation>Centre du bac 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre of basin 2</source>
        <translation>Centre du bac 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre of basin 3</source>
        <translation>Centre du bac 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Between basins 1 and 2</source>
        <translation>Entre les bacs 1 et 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Between basins 2 and 3</source>
        <translation>Entre les bacs 2 et 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faucet 2</source>
        <translation>Robinet 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faucet 3</source>
        <translation>Robinet 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprayers</source>
        <translation>Pistolets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sp&amp;rayers</source>
        <translation>Pis&amp;tolets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprayer 1</source>
        <translation>Pistolet 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Water gun, turret</source>
        <translation>Pistolet à eau, tourelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Water gun, rosette</source>
        <translation>Pistolet à eau, rosace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Air gun, turret</source>
        <translation>Pistolet à air, tourelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Air gun, rosette</source>
        <translation>Pistolet à air, rosace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose side…</source>
        <translation>Choisir le côté…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprayer 2</source>
        <translation>Pistolet 2</translation>
    </message>
</context>
<context>
    <name>ZplPreviewDialog</name>
    <message>
        <location filename="../ui/printing/zplpreviewdialog.ui" line="+9"/>
        <source>ZPL preview</source>
        <translation>Aperçu ZPL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Size:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Printer dpi:</source>
        <translation>&amp;Résolution de l&apos;imprimante (dpi) :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>As printed</source>
        <translation>Tel qu&apos;imprimé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ZPL</source>
        <translation>ZPL</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Zebra &amp;printer:</source>
        <translation>&amp;Imprimante Zebra :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>host or host:9100</source>
        <translation>hôte ou hôte:9100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send to &amp;printer…</source>
        <translation>&amp;Envoyer à l&apos;imprimante…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;ZPL…</source>
        <translation>Enregistrer le &amp;ZPL…</translation>
    </message>
</context>
<context>
    <name>cs::data::AssemblyRepository</name>
    <message>
        <location filename="../src/data/assembly/assemblyrepository.cpp" line="+146"/>
        <source>The build is no longer on the server.</source>
        <translation>La fabrication n&apos;est plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say which parts are missing or wrong (a reason).</source>
        <translation>Indiquez quelles pièces manquent ou sont erronées (un motif).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say what was done in the rework (10 characters at least).</source>
        <translation>Indiquez ce qui a été fait lors de la reprise (10 caractères au moins).</translation>
    </message>
</context>
<context>
    <name>cs::data::BomCheck</name>
    <message>
        <location filename="../src/data/orders/bomcheck.cpp" line="+18"/>
        <source>The catalog is not available on this PC yet (it has not been loaded from the cache or the server), so the BOM cannot be checked.</source>
        <translation>Le catalogue n&apos;est pas encore disponible sur ce poste (il n&apos;a été chargé ni depuis le cache ni depuis le serveur) ; la nomenclature ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored BOM of build %1 cannot be read, so it cannot be checked.</source>
        <translation>La nomenclature enregistrée de la fabrication %1 est illisible ; elle ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored configuration of build %1 cannot be read (%2), so the BOM cannot be checked.</source>
        <translation>La configuration enregistrée de la fabrication %1 est illisible (%2) ; la nomenclature ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored configuration of build %1 gives no BOM with the catalog of this PC: %2</source>
        <translation>La configuration enregistrée de la fabrication %1 ne donne aucune nomenclature avec le catalogue de ce poste : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
</context>
<context>
    <name>cs::data::CatalogImportRepository</name>
    <message numerus="yes">
        <location filename="../src/data/catalog/catalogimportrepository.cpp" line="+41"/>
        <location line="+8"/>
        <source>The catalog files have %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Les fichiers du catalogue ont %n problème ; rien n&apos;a été importé.</numerusform>
            <numerusform>Les fichiers du catalogue ont %n problèmes ; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::data::ChecklistRepository</name>
    <message>
        <location filename="../src/data/qc/checklistrecord.cpp" line="+13"/>
        <source>the stored template %1 version %2 cannot be read: %3</source>
        <translation>le modèle enregistré %1 version %2 est illisible : %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the configuration of build %1 cannot be read: %2</source>
        <translation>la configuration de la fabrication %1 est illisible : %2</translation>
    </message>
    <message>
        <location filename="../src/data/qc/checklistrepository.cpp" line="+37"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The checklist template is no longer on the server.</source>
        <translation>Le modèle de liste n&apos;est plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The checklist is no longer on the server.</source>
        <translation>La liste de contrôle n&apos;est plus sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <location line="+319"/>
        <source>The checklist template is not valid (%n problem(s)): %1</source>
        <translation>
            <numerusform>Le modèle de liste n&apos;est pas valide (%n problème) : %1</numerusform>
            <numerusform>Le modèle de liste n&apos;est pas valide (%n problèmes) : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::data::DbError</name>
    <message>
        <location filename="../src/data/common/dberror.cpp" line="+105"/>
        <source>The request was replaced by a newer one.</source>
        <translation>La demande a été remplacée par une plus récente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection to the server was lost. The app reconnects by itself; try again in a moment.</source>
        <translation>La connexion au serveur a été perdue. L&apos;application se reconnecte d&apos;elle-même ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server took too long to answer (it may be busy, or a record is in use by someone else). Try again in a moment.</source>
        <translation>Le serveur a mis trop de temps à répondre (il est peut-être occupé, ou un enregistrement est utilisé par quelqu&apos;un d&apos;autre). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not do this. Ask an administrator if you need it.</source>
        <translation>Votre rôle ne permet pas de le faire. Adressez-vous à un administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la demande (%1).</translation>
    </message>
</context>
<context>
    <name>cs::data::DocumentRepository</name>
    <message>
        <location filename="../src/data/orders/documentrepository.cpp" line="+55"/>
        <source>The server did not confirm the document.</source>
        <translation>Le serveur n&apos;a pas confirmé le document.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the document is no longer stored with this order</source>
        <translation>le document n&apos;est plus enregistré avec cette commande</translation>
    </message>
</context>
<context>
    <name>cs::data::FreshConnection</name>
    <message>
        <location filename="../src/data/common/freshconnection.cpp" line="+34"/>
        <source>the password is not correct; nothing was signed</source>
        <translation>le mot de passe est incorrect ; rien n&apos;a été signé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s password check could not be read.</source>
        <translation>La vérification du mot de passe par le serveur n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>cs::data::GenerationService</name>
    <message>
        <location filename="../src/data/orders/generationservice.cpp" line="+57"/>
        <source>The catalog is not available yet: it has not been loaded from the cache or the server.</source>
        <translation>Le catalogue n&apos;est pas encore disponible : il n&apos;a été chargé ni depuis le cache ni depuis le serveur.</translation>
    </message>
</context>
<context>
    <name>cs::data::HomeQueries</name>
    <message>
        <location filename="../src/data/shell/homequeries.cpp" line="+28"/>
        <source>The server named an order status this program does not know (%1). Install the current version of CleanStation.</source>
        <translation>Le serveur a indiqué un état de commande que ce programme ne connaît pas (%1). Installez la version actuelle de CleanStation.</translation>
    </message>
</context>
<context>
    <name>cs::data::OrderEdit</name>
    <message>
        <location filename="../src/data/orders/orderdetail.cpp" line="+32"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales person</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>cs::data::OrderEditRepository</name>
    <message>
        <location filename="../src/data/orders/ordereditrepository.cpp" line="+63"/>
        <source>Status: %1 → %2</source>
        <translation>État : %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee: “%1” → “%2”</source>
        <translation>Responsable : « %1 » → « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM version: %1 → %2</source>
        <translation>Version de nomenclature : %1 → %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>build %1 was changed by someone else since you opened it</source>
        <translation>la fabrication %1 a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte</translation>
    </message>
</context>
<context>
    <name>cs::data::OrderPageRepository</name>
    <message>
        <location filename="../src/data/orders/orderpagerepository.cpp" line="+160"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The order no longer exists.</source>
        <translation>La commande n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The BOM no longer exists.</source>
        <translation>La nomenclature n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>cs::data::OrderRepository</name>
    <message>
        <location filename="../src/data/orders/orderrepository.cpp" line="+90"/>
        <source>The server refused the order: %1</source>
        <translation>Le serveur a refusé la commande : %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The configuration has errors; correct them before submitting.</source>
        <translation>La configuration comporte des erreurs ; corrigez-les avant de soumettre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BOM preview does not match the builds of this order; wait for the preview to be regenerated and submit again.</source>
        <translation>L&apos;aperçu de la nomenclature ne correspond pas aux fabrications de cette commande ; attendez que l&apos;aperçu soit régénéré puis soumettez de nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The BOM preview of build %1 does not match the configuration; wait for the preview to be regenerated and submit again.</source>
        <translation>L&apos;aperçu de la nomenclature de la fabrication %1 ne correspond pas à la configuration ; attendez que l&apos;aperçu soit régénéré puis soumettez de nouveau.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Build %1 has no BOM: its configuration has errors.</source>
        <translation>La fabrication %1 n&apos;a pas de nomenclature : sa configuration comporte des erreurs.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No order %1.</source>
        <translation>Aucune commande %1.</translation>
    </message>
</context>
<context>
    <name>cs::data::Session</name>
    <message>
        <location filename="../src/data/common/session.cpp" line="+455"/>
        <source>Nobody is logged in.</source>
        <translation>Personne n&apos;est connecté.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is not correct.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This login is disabled.</source>
        <translation>Cet identifiant est désactivé.</translation>
    </message>
</context>
<context>
    <name>cs::data::SubmitRepository</name>
    <message>
        <location filename="../src/data/wizard/submitrepository.cpp" line="+65"/>
        <location line="+15"/>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » est illisible : %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The catalog is not loaded yet; wait a moment and submit again.</source>
        <translation>Le catalogue n&apos;est pas encore chargé ; patientez un instant puis soumettez de nouveau.</translation>
    </message>
</context>
<context>
    <name>cs::data::TravelerRepository</name>
    <message>
        <location filename="../src/data/printing/travelerrepository.cpp" line="+199"/>
        <source>No build number given.</source>
        <translation>Aucun numéro de fabrication indiqué.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+215"/>
        <source>There is no build %1.</source>
        <translation>Il n&apos;existe pas de fabrication %1.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Build %1 has no frozen BOM.</source>
        <translation>La fabrication %1 n&apos;a pas de nomenclature figée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The configuration of build %1 cannot be read: %2</source>
        <translation>La configuration de la fabrication %1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The frozen BOM of build %1 cannot be read: %2</source>
        <translation>La nomenclature figée de la fabrication %1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>The print was not recorded.</source>
        <translation>L&apos;impression n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>cs::data::WorkInstructionRepository</name>
    <message>
        <location filename="../src/data/assembly/workinstructionrepository.cpp" line="+62"/>
        <source>Cannot read the image %1: %2</source>
        <translation>Impossible de lire l&apos;image %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON : %2</translation>
    </message>
</context>
<context>
    <name>cs::data::WorkflowRepository</name>
    <message>
        <location filename="../src/data/orders/workflowrepository.cpp" line="+28"/>
        <location line="+135"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>cs::devtools::OrderGenerator</name>
    <message>
        <location filename="../src/devtools/ordergenerator.cpp" line="+27"/>
        <source>gen-orders writes the orders table directly and needs a superuser connection.</source>
        <translation>gen-orders écrit directement dans la table des commandes et nécessite une connexion superutilisateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no active coordinator or admin to be the author of the orders; create one first.</source>
        <translation>Aucun coordinateur ni administrateur actif ne peut être l&apos;auteur des commandes ; créez-en un d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>cs::domain::BomComparison</name>
    <message>
        <location filename="../src/domain/bom/bomcomparison.cpp" line="+85"/>
        <source>Top line only in the stored BOM: %1 (%2) × %3</source>
        <translation>Ligne de premier niveau seulement dans la nomenclature enregistrée : %1 (%2) × %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top line only in the stored BOM: %1 × %2</source>
        <translation>Ligne de premier niveau seulement dans la nomenclature enregistrée : %1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top line only in the regenerated BOM: %1 (%2) × %3</source>
        <translation>Ligne de premier niveau seulement dans la nomenclature régénérée : %1 (%2) × %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top line only in the regenerated BOM: %1 × %2</source>
        <translation>Ligne de premier niveau seulement dans la nomenclature régénérée : %1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top lines are the same, in another order</source>
        <translation>Les lignes de premier niveau sont les mêmes, dans un autre ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part %1 (%2): stored %3, regenerated %4</source>
        <translation>Pièce %1 (%2) : enregistrée %3, régénérée %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part %1: stored %2, regenerated %3</source>
        <translation>Pièce %1 : enregistrée %2, régénérée %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lines are the same, but the rules, answers, notes or the tree differ</source>
        <translation>Les lignes sont les mêmes, mais les règles, les réponses, les notes ou l&apos;arborescence diffèrent</translation>
    </message>
</context>
<context>
    <name>cs::domain::BomExpander</name>
    <message>
        <location filename="../src/domain/bom/bomexpander.cpp" line="+35"/>
        <source>Unknown id %1 (path %2): it is neither an assembly nor a part of the catalog.</source>
        <translation>Identifiant %1 inconnu (chemin %2) : ce n&apos;est ni un ensemble ni une pièce du catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog structure has a cycle: %1.</source>
        <translation>La structure du catalogue comporte un cycle : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BOM is deeper than %1 levels: %2.</source>
        <translation>La nomenclature a plus de %1 niveaux : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quantity in the BOM is too large to count (at %1): check the catalog quantities on this path.</source>
        <translation>Une quantité de la nomenclature est trop grande pour être comptée (à %1) : vérifiez les quantités du catalogue sur ce chemin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The BOM tree has more than %1 nodes (at %2).</source>
        <translation>L&apos;arborescence de la nomenclature a plus de %1 nœuds (à %2).</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistCondition</name>
    <message>
        <location filename="../src/domain/checklist/checklistexpression.cpp" line="+25"/>
        <source>build %1 has no configuration</source>
        <translation>la fabrication %1 n&apos;a pas de configuration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the order has no build %1</source>
        <translation>la commande n&apos;a pas de fabrication %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>the number &quot;%1&quot; is too large</source>
        <translation>le nombre « %1 » est trop grand</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected character &quot;%1&quot; at position %2</source>
        <translation>caractère inattendu « %1 » à la position %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+159"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>« %1 » inattendu</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>a &quot;)&quot; is missing</source>
        <translation>il manque une « ) »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs an argument in parentheses</source>
        <translation>%1 demande un argument entre parenthèses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a name in parentheses</source>
        <translation>%1 demande un nom entre parenthèses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 takes one argument; a &quot;)&quot; is missing</source>
        <translation>%1 prend un seul argument ; il manque une « ) »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be followed by == or !=</source>
        <translation>« %1 » doit être suivi de == ou !=</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the condition ends too early</source>
        <translation>la condition se termine trop tôt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown feet &quot;%1&quot; (LOCK_LEVELING_CASTERS or SEISMIC_FEET)</source>
        <translation>pieds « %1 » inconnus (LOCK_LEVELING_CASTERS ou SEISMIC_FEET)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown language &quot;%1&quot; (EN, FR or ES)</source>
        <translation>langue « %1 » inconnue (EN, FR ou ES)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;in&quot; needs a list in parentheses</source>
        <translation>« in » demande une liste entre parenthèses</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>unknown basin type &quot;%1&quot; (E_DRAIN, E_SINK or E_SINK_DI)</source>
        <translation>type de bac « %1 » inconnu (E_DRAIN, E_SINK ou E_SINK_DI)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the list after &quot;in&quot; needs a &quot;)&quot;</source>
        <translation>la liste après « in » demande une « ) »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown basin group &quot;%1&quot; (E_DRAIN, E_SINK, E_SINK_STD or E_SINK_DI)</source>
        <translation>groupe de bacs « %1 » inconnu (E_DRAIN, E_SINK, E_SINK_STD ou E_SINK_DI)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown faucet type &quot;%1&quot; (WRIST_BLADE, PRE_RINSE or DI_GOOSENECK)</source>
        <translation>type de robinet « %1 » inconnu (WRIST_BLADE, PRE_RINSE ou DI_GOOSENECK)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown sprayer &quot;%1&quot; (AIR_GUN, WATER_GUN or a sprayer type)</source>
        <translation>pistolet « %1 » inconnu (AIR_GUN, WATER_GUN ou un type de pistolet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown name &quot;%1&quot;</source>
        <translation>nom « %1 » inconnu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a count must be compared (==, !=, &lt;, &lt;=, &gt;, &gt;=)</source>
        <translation>un nombre doit être comparé (==, !=, &lt;, &lt;=, &gt;, &gt;=)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>count needs basin types in parentheses</source>
        <translation>count demande des types de bacs entre parenthèses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown basin type &quot;%1&quot; in count (E_DRAIN, E_SINK or E_SINK_DI)</source>
        <translation>type de bac « %1 » inconnu dans count (E_DRAIN, E_SINK ou E_SINK_DI)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count(...) needs a &quot;)&quot;</source>
        <translation>count(...) demande une « ) »</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a count is missing</source>
        <translation>il manque un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a count (a number, basinCount or count(...))</source>
        <translation>« %1 » n&apos;est pas un nombre (un nombre, basinCount ou count(...))</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>E-Drain basin</source>
        <translation>bac E-Drain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Sink or E-Sink DI basin</source>
        <translation>bac E-Sink ou E-Sink DI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard E-Sink basin (not DI)</source>
        <translation>bac E-Sink standard (pas DI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Sink DI basin</source>
        <translation>bac E-Sink DI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>air gun</source>
        <translation>pistolet à air</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>water gun</source>
        <translation>pistolet à eau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sink has 1 basin.</source>
        <translation>L&apos;évier a 1 bac.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has %1 basins.</source>
        <translation>L&apos;évier a %1 bacs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2.</source>
        <translation>%1 vaut %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sink has a pegboard.</source>
        <translation>L&apos;évier a un panneau perforé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has no pegboard.</source>
        <translation>L&apos;évier n&apos;a pas de panneau perforé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The legs are height adjustable.</source>
        <translation>Les pieds sont à hauteur réglable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legs are fixed height.</source>
        <translation>Les pieds sont à hauteur fixe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legs&apos; height type is not chosen.</source>
        <translation>Le type de hauteur des pieds n&apos;est pas choisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sink has no faucet.</source>
        <translation>L&apos;évier n&apos;a pas de robinet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has 1 faucet.</source>
        <translation>L&apos;évier a 1 robinet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has %1 faucets.</source>
        <translation>L&apos;évier a %1 robinets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sink has no basin %1.</source>
        <translation>L&apos;évier n&apos;a pas de bac %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin %1 has a basin light.</source>
        <translation>Le bac %1 a un éclairage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basin %1 has no basin light.</source>
        <translation>Le bac %1 n&apos;a pas d&apos;éclairage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin %1 has a P-trap.</source>
        <translation>Le bac %1 a une unité de désinfection du siphon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basin %1 has no P-trap.</source>
        <translation>Le bac %1 n&apos;a pas d&apos;unité de désinfection du siphon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basin %1 is %2.</source>
        <translation>Le bac %1 est %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feet: %1.</source>
        <translation>Pieds : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order&apos;s language is %1.</source>
        <translation>La langue de la commande est %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>The sink has at least one %1.</source>
        <translation>L&apos;évier a au moins un %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>The sink has no %1.</source>
        <translation>L&apos;évier n&apos;a pas de %1.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the condition is empty</source>
        <translation>la condition est vide</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistExpectation</name>
    <message>
        <location line="-29"/>
        <source>custom %1 x %2 x %3 in</source>
        <translation>sur mesure %1 x %2 x %3 po</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>size not chosen</source>
        <translation>dimensions non choisies</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>the parentheses do not match</source>
        <translation>les parenthèses ne correspondent pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a value source is empty</source>
        <translation>une source de valeur est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown value source &quot;%1&quot;</source>
        <translation>source de valeur « %1 » inconnue</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>width %1 in</source>
        <translation>largeur %1 po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length %1 in</source>
        <translation>longueur %1 po</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basin %1: %2</source>
        <translation>bac %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no basin</source>
        <translation>aucun bac</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model %1, %2 x %3 in, %4: %5</source>
        <translation>modèle %1, %2 x %3 po, %4 : %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no pegboard</source>
        <translation>pas de panneau perforé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>perforated pegboard</source>
        <translation>panneau perforé (type perforé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solid pegboard</source>
        <translation>panneau perforé (type plein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pegboard of no chosen type</source>
        <translation>panneau perforé sans type choisi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same size as the sink</source>
        <translation>mêmes dimensions que l&apos;évier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same size as the sink (%1)</source>
        <translation>mêmes dimensions que l&apos;évier (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom %1 x %2 in</source>
        <translation>sur mesure %1 x %2 po</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no faucet</source>
        <translation>pas de robinet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no faucet at this basin</source>
        <translation>pas de robinet à ce bac</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no sprayer</source>
        <translation>pas de pistolet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no control box (the basin types are not complete)</source>
        <translation>pas de boîtier de commande (les types de bacs ne sont pas complets)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>control box %1</source>
        <translation>boîtier de commande %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the build&apos;s BOM</source>
        <translation>la nomenclature de la fabrication</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistInstance</name>
    <message>
        <location filename="../src/domain/checklist/checklistinstance.cpp" line="+40"/>
        <source>Basin %1</source>
        <translation>Bac %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sink has 1 basin: there is no basin %1.</source>
        <translation>L&apos;évier a 1 bac : il n&apos;y a pas de bac %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sink has %1 basins: there is no basin %2.</source>
        <translation>L&apos;évier a %1 bacs : il n&apos;y a pas de bac %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration has no basin at position %1.</source>
        <translation>La configuration n&apos;a pas de bac à la position %1.</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistOptionFilter</name>
    <message>
        <location filename="../src/domain/checklist/checklistexpression.cpp" line="+21"/>
        <source>&quot;%1&quot; is not of the form: drop &quot;OPTION&quot; when CONDITION</source>
        <translation>« %1 » n&apos;est pas de la forme : drop &quot;OPTION&quot; when CONDITION</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the condition of &quot;%1&quot;: %2</source>
        <translation>la condition de « %1 » : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no rule of the form: drop &quot;OPTION&quot; when CONDITION</source>
        <translation>aucune règle de la forme : drop &quot;OPTION&quot; when CONDITION</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistPassRule</name>
    <message>
        <location filename="../src/domain/checklist/checklistpassrule.cpp" line="+27"/>
        <source>%1, basin %2</source>
        <translation>%1, bac %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a tick</source>
        <translation>une coche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PASS or FAIL</source>
        <translation>CONFORME ou NON CONFORME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the options</source>
        <translation>une des options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of the options</source>
        <translation>une liste des options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a serial number</source>
        <translation>un numéro de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initials</source>
        <translation>des initiales</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expects %1</source>
        <translation>attend %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>not ticked</source>
        <translation>non coché</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not one of the options (%2)</source>
        <translation>« %1 » n&apos;est pas une des options (%2)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>&quot;Other&quot; needs a description</source>
        <translation>« Other » demande une description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>initials are 1 to 4 letters</source>
        <translation>les initiales comptent 1 à 4 lettres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 est inférieur au minimum %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 est supérieur au maximum %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not match the configuration (%2)</source>
        <translation>%1 ne correspond pas à la configuration (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no test result</source>
        <translation>pas de résultat de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 is outside %3</source>
        <translation>%1 %2 est hors de %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is below the minimum %3%4</source>
        <translation>%1 %2 est inférieur au minimum %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is above the maximum %3%4</source>
        <translation>%1 %2 est supérieur au maximum %3%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>The approved drawing is not attached to the order.</source>
        <translation>Le plan approuvé n&apos;est pas joint à la commande.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>N/A is not allowed here</source>
        <translation>N/A n&apos;est pas permis ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A needs a reason</source>
        <translation>N/A demande une raison</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be Yes</source>
        <translation>doit être Oui</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section %1, basin %2: the section check is not ticked.</source>
        <translation>Section %1, bac %2 : la vérification de la section n&apos;est pas cochée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section %1: the section check is not ticked.</source>
        <translation>Section %1 : la vérification de la section n&apos;est pas cochée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the section check is not ticked</source>
        <translation>la vérification de la section n&apos;est pas cochée</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistQuantity</name>
    <message>
        <location filename="../src/domain/checklist/checklistexpression.cpp" line="-522"/>
        <source>unknown &quot;per %1&quot; (sink, basin, air gun, water gun, pre-rinse faucet, wrist-blade faucet or DI faucet)</source>
        <translation>« per %1 » inconnu (sink, basin, air gun, water gun, pre-rinse faucet, wrist-blade faucet ou DI faucet)</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>the quantity is empty</source>
        <translation>la quantité est vide</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown unit &quot;%1&quot; (hoses, clamps, shelves and tubesets)</source>
        <translation>unité « %1 » inconnue (hoses, clamps, shelves and tubesets)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>« %1 » inattendu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 hose</source>
        <translation>1 tuyau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hoses</source>
        <translation>%1 tuyaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 clamp</source>
        <translation>1 collier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 clamps</source>
        <translation>%1 colliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 shelf and tubeset</source>
        <translation>1 tablette et jeu de tubes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 shelves and tubesets</source>
        <translation>%1 tablettes et jeux de tubes</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistTemplate</name>
    <message>
        <location filename="../src/domain/checklist/checklisttemplate.cpp" line="+54"/>
        <source>&quot;%1&quot; must be a text</source>
        <translation>« %1 » doit être un texte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>« %1 » doit être true ou false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>« %1 » doit être un nombre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation>« %1 » doit être une liste de textes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>« %1 » doit être une liste</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>an item has no id</source>
        <translation>un élément n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown item type &quot;%1&quot;</source>
        <translation>type d&apos;élément « %1 » inconnu</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>optionsByPosition is only allowed in a perBasin section</source>
        <translation>optionsByPosition n&apos;est permis que dans une section perBasin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optionsByPosition has the position &quot;%1&quot;; positions are 1 to %2</source>
        <translation>optionsByPosition a la position « %1 » ; les positions vont de 1 à %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optionsByPosition &quot;%1&quot; must be a list of texts</source>
        <translation>optionsByPosition « %1 » doit être une liste de textes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optionsByPosition must be an object of positions</source>
        <translation>optionsByPosition doit être un objet de positions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown or unreadable condition &quot;%1&quot;: %2</source>
        <translation>condition « %1 » inconnue ou illisible : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the condition &quot;%1&quot; reads basin.* outside a perBasin section</source>
        <translation>la condition « %1 » lit basin.* hors d&apos;une section perBasin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown or unreadable expected value &quot;%1&quot;: %2</source>
        <translation>valeur attendue « %1 » inconnue ou illisible : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expected value &quot;%1&quot; reads basin.* outside a perBasin section</source>
        <translation>la valeur attendue « %1 » lit basin.* hors d&apos;une section perBasin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown or unreadable quantity &quot;%1&quot;: %2</source>
        <translation>quantité « %1 » inconnue ou illisible : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown or unreadable option filter &quot;%1&quot;: %2</source>
        <translation>filtre d&apos;options « %1 » inconnu ou illisible : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the option filter reads basin.* outside a perBasin section</source>
        <translation>le filtre d&apos;options lit basin.* hors d&apos;une section perBasin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a %1 item needs options or optionsByPosition</source>
        <translation>un élément %1 demande options ou optionsByPosition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options are only allowed on choice and multiCheck items</source>
        <translation>les options ne sont permises que sur les éléments choice et multiCheck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an option filter is only allowed on choice and multiCheck items</source>
        <translation>un filtre d&apos;options n&apos;est permis que sur les éléments choice et multiCheck</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>otherText needs a choice with the option &quot;Other&quot;</source>
        <translation>otherText demande un choix avec l&apos;option « Other »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>limits (min, max) are only allowed on number items</source>
        <translation>les limites (min, max) ne sont permises que sur les éléments number</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+89"/>
        <source>the minimum %1 is above the maximum %2</source>
        <translation>le minimum %1 est supérieur au maximum %2</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>the limits of &quot;%1&quot; name no value of captureOptional</source>
        <translation>les limites de « %1 » ne nomment aucune valeur de captureOptional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the limits of &quot;%1&quot; must be an object (min, max, unit)</source>
        <translation>les limites de « %1 » doivent être un objet (min, max, unit)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the limits of &quot;%1&quot; have &quot;%2&quot;; they take a number min and max and a text unit</source>
        <translation>les limites de « %1 » ont « %2 » ; elles prennent un nombre min et max et un texte unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the limits of &quot;%1&quot; need a min or a max</source>
        <translation>les limites de « %1 » demandent un min ou un max</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>limits must be an object of captureOptional labels</source>
        <translation>limits doit être un objet de libellés de captureOptional</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 to %2%3</source>
        <translation>%1 à %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1%2</source>
        <translation>au moins %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1%2</source>
        <translation>au plus %1%2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, item %2</source>
        <translation>%1, élément %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, section %2</source>
        <translation>%1, section %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template has no id</source>
        <translation>le modèle n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>« version » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a header entry is not an object</source>
        <translation>une entrée de l&apos;en-tête n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the id is used twice in the header</source>
        <translation>l&apos;id est utilisé deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a procedure is not an object</source>
        <translation>une procédure n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a section is not an object</source>
        <translation>une section n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a section has no id</source>
        <translation>une section n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is reserved for the header</source>
        <translation>« %1 » est réservé à l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the section id is used twice</source>
        <translation>l&apos;id de section est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown repeat &quot;%1&quot; (perBasin)</source>
        <translation>repeat « %1 » inconnu (perBasin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeatMax without &quot;repeat&quot;: &quot;perBasin&quot;</source>
        <translation>repeatMax sans &quot;repeat&quot;: &quot;perBasin&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeatMax must be a whole number from 1 to %1</source>
        <translation>repeatMax doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the section has no items</source>
        <translation>la section n&apos;a pas d&apos;éléments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item is not an object</source>
        <translation>un élément n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the item id is used twice in section %1</source>
        <translation>l&apos;id d&apos;élément est utilisé deux fois dans la section %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the template has no sections</source>
        <translation>le modèle n&apos;a pas de sections</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sign-off entry is not an object</source>
        <translation>une entrée de signature n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;result&quot; must be an object</source>
        <translation>« result » doit être un objet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 n&apos;est pas du JSON valide : %2 à la position %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not hold a JSON object</source>
        <translation>%1 ne contient pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>cs::domain::ChecklistWords</name>
    <message>
        <location filename="../src/domain/checklist/checklistexpression.cpp" line="+230"/>
        <source>E-Drain</source>
        <translation>E-Drain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Sink</source>
        <translation>E-Sink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Sink DI</source>
        <translation>E-Sink DI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of no chosen type</source>
        <translation>sans type choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrist-blade faucet</source>
        <translation>robinet à commande au poignet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-rinse faucet</source>
        <translation>robinet de prélavage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DI gooseneck faucet</source>
        <translation>robinet col de cygne eau déminéralisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faucet of no chosen type</source>
        <translation>robinet sans type choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>water gun (turret)</source>
        <translation>pistolet à eau (tourelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water gun (rosette)</source>
        <translation>pistolet à eau (rosace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air gun (turret)</source>
        <translation>pistolet à air (tourelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air gun (rosette)</source>
        <translation>pistolet à air (rosace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sprayer of no chosen type</source>
        <translation>pistolet sans type choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>centre of basin %1</source>
        <translation>centre du bac %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>between basins %1 and %2</source>
        <translation>entre les bacs %1 et %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement not recorded</source>
        <translation>emplacement non enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location not recorded</source>
        <translation>emplacement non enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lock and levelling castors</source>
        <translation>roulettes à frein et de mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>levelling feet (seismic)</source>
        <translation>pieds de mise à niveau (parasismiques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 basin</source>
        <translation>1 bac</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 basins</source>
        <translation>%1 bacs</translation>
    </message>
</context>
<context>
    <name>cs::domain::ConfigurationValidator</name>
    <message>
        <location filename="../src/domain/orders/configurationvalidator.cpp" line="+24"/>
        <source>The PO number needs at least 3 characters.</source>
        <translation>Le numéro de bon de commande doit comporter au moins 3 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer name needs at least 3 characters.</source>
        <translation>Le nom du client doit comporter au moins 3 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project name, when given, needs at least 3 characters.</source>
        <translation>Le nom du projet, s&apos;il est indiqué, doit comporter au moins 3 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sales person needs at least 3 characters.</source>
        <translation>Le nom du commercial doit comporter au moins 3 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The want date must be after %1.</source>
        <translation>La date souhaitée doit être postérieure au %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the document language: EN, FR or ES.</source>
        <translation>Choisissez la langue des documents : EN, FR ou ES.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 family cannot be configured yet (under construction).</source>
        <translation>La famille %1 ne peut pas encore être configurée (en cours de développement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the sink family: only MDRD can be configured.</source>
        <translation>Choisissez la famille d&apos;évier : seule MDRD peut être configurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sink quantity must be from 1 to %1.</source>
        <translation>Le nombre d&apos;éviers doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build number %1 needs at least 3 characters.</source>
        <translation>Le numéro de fabrication %1 doit comporter au moins 3 caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build number %1 may contain letters, digits and &apos;-&apos; only.</source>
        <translation>Le numéro de fabrication %1 ne peut contenir que des lettres, des chiffres et « - ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build number %1 is used twice in this order.</source>
        <translation>Le numéro de fabrication %1 figure deux fois dans cette commande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 has no configuration.</source>
        <translation>La fabrication %1 n&apos;a pas de configuration.</translation>
    </message>
</context>
<context>
    <name>cs::domain::DocumentRules</name>
    <message>
        <location filename="../src/domain/orders/documentrules.cpp" line="+83"/>
        <source>“%1” cannot be attached: its name has no type (such as .pdf). Allowed: %2.</source>
        <translation>« %1 » ne peut pas être joint : son nom n&apos;indique aucun type (comme .pdf). Types acceptés : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be attached: files of type “.%2” are not accepted. Allowed: %3.</source>
        <translation>« %1 » ne peut pas être joint : les fichiers de type « .%2 » ne sont pas acceptés. Types acceptés : %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be attached: the file is empty.</source>
        <translation>« %1 » ne peut pas être joint : le fichier est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be attached: it is %2 MB, and documents may be at most 25 MB.</source>
        <translation>« %1 » ne peut pas être joint : il fait %2 Mo, et les documents ne doivent pas dépasser 25 Mo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be attached: it is named “.%2” but its content is not a %3 file (it may be damaged, or another kind of file renamed). Save it again as %3 and attach that.</source>
        <translation>« %1 » ne peut pas être joint : son nom se termine par « .%2 » mais son contenu n&apos;est pas un fichier %3 (il est peut-être endommagé, ou c&apos;est un autre type de fichier renommé). Enregistrez-le de nouveau au format %3 et joignez ce fichier.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <location line="+8"/>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » est illisible : %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+14"/>
        <source>it is not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
</context>
<context>
    <name>cs::domain::MdrdRules</name>
    <message>
        <location filename="../src/domain/bom/mdrdrules.cpp" line="+246"/>
        <source>Choose the sink model (T2-B1, T2-B2 or T2-B3).</source>
        <translation>Choisissez le modèle d&apos;évier (T2-B1, T2-B2 ou T2-B3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sink width in inches (more than 0).</source>
        <translation>Saisissez la largeur de l&apos;évier en pouces (plus de 0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sink length must be from %1 to %2 inches.</source>
        <translation>La longueur de l&apos;évier doit être comprise entre %1 et %2 pouces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LC1 legs are height adjustable only; choose DL27 or DL14 for a fixed height.</source>
        <translation>Les pieds LC1 existent uniquement en hauteur réglable ; choisissez DL27 ou DL14 pour une hauteur fixe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the leg height type and model.</source>
        <translation>Choisissez le type de hauteur et le modèle des pieds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose lock and leveling casters or seismic feet.</source>
        <translation>Choisissez des roulettes à frein et de mise à niveau ou des pieds parasismiques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the workflow direction.</source>
        <translation>Choisissez le sens de travail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a perforated or a solid pegboard.</source>
        <translation>Choisissez le type de panneau perforé : perforé ou plein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Colorsafe+ colour is not one of the offered colours.</source>
        <translation>La couleur Colorsafe+ ne fait pas partie des couleurs proposées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A custom pegboard needs a width and a length above 0, with at most one decimal.</source>
        <translation>Un panneau perforé sur mesure nécessite une largeur et une longueur supérieures à 0, avec au plus une décimale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The custom pegboard number %1 equals a standard catalog id.</source>
        <translation>Le numéro de panneau perforé sur mesure %1 est identique à un identifiant standard du catalogue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the pegboard size: same as the sink, or a custom width and length.</source>
        <translation>Choisissez les dimensions du panneau perforé : identiques à l&apos;évier, ou une largeur et une longueur sur mesure.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Model %1 has %n basin(s), but %2 are configured.</source>
        <translation>
            <numerusform>Le modèle %1 a %n bac, mais %2 sont configurés.</numerusform>
            <numerusform>Le modèle %1 a %n bacs, mais %2 sont configurés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Basin %1: choose E-Sink, E-Sink DI or E-Drain.</source>
        <translation>Bac %1 : choisissez E-Sink, E-Sink DI ou E-Drain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basin %1: %2 is not a standard basin size.</source>
        <translation>Bac %1 : %2 n&apos;est pas une dimension de bac standard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Basin %1: a custom size needs width, length and depth above 0, with at most one decimal.</source>
        <translation>Bac %1 : des dimensions sur mesure nécessitent une largeur, une longueur et une profondeur supérieures à 0, avec au plus une décimale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basin %1: the custom basin number %2 equals a standard catalog id.</source>
        <translation>Bac %1 : le numéro de bac sur mesure %2 est identique à un identifiant standard du catalogue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basin %1: choose the basin size.</source>
        <translation>Bac %1 : choisissez les dimensions du bac.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>A sink with %n basin(s) takes at most %1 faucets.</source>
        <translation>
            <numerusform>Un évier à %n bac accepte au plus %1 robinets.</numerusform>
            <numerusform>Un évier à %n bacs accepte au plus %1 robinets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Faucet %1: choose the faucet type.</source>
        <translation>Robinet %1 : choisissez le type de robinet.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Faucet %1: this placement does not exist on a sink with %n basin(s).</source>
        <translation>
            <numerusform>Robinet %1 : cet emplacement n&apos;existe pas sur un évier à %n bac.</numerusform>
            <numerusform>Robinet %1 : cet emplacement n&apos;existe pas sur un évier à %n bacs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faucet %1: another faucet already has this placement.</source>
        <translation>Robinet %1 : un autre robinet occupe déjà cet emplacement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every E-Sink DI basin needs a DI gooseneck faucet (%1 needed, %2 present).</source>
        <translation>Chaque bac E-Sink DI nécessite un robinet col de cygne eau déminéralisée (%1 nécessaire(s), %2 présent(s)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A sink takes one or two sprayers.</source>
        <translation>Un évier accepte un ou deux pistolets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sprayer %1: choose the sprayer type.</source>
        <translation>Pistolet %1 : choisissez le type de pistolet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sprayer %1: choose the left or the right side.</source>
        <translation>Pistolet %1 : choisissez le côté gauche ou le côté droit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accessory %1 is not in the accessory library.</source>
        <translation>L&apos;accessoire %1 ne figure pas dans la bibliothèque d&apos;accessoires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessory %1 is for InstroSink only.</source>
        <translation>L&apos;accessoire %1 est réservé à InstroSink.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accessory %1: the quantity must be a whole number of at least 1.</source>
        <translation>Accessoire %1 : la quantité doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a bolt-on shelf for a solid pegboard, and this sink has none.</source>
        <translation>%1 est une étagère boulonnée pour panneau plein, et cet évier n&apos;en a pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is for sinks shorter than 84 in.; this sink is %2 in.</source>
        <translation>%1 est destiné aux éviers de moins de 84 po ; cet évier mesure %2 po.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is for sinks of 84 in. and longer; this sink is %2 in.</source>
        <translation>%1 est destiné aux éviers de 84 po et plus ; cet évier mesure %2 po.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fits only with a height-adjustable shelf (T2-OA-CUST-SHELF-HA-SML or -LRG).</source>
        <translation>%1 se monte uniquement avec une étagère réglable en hauteur (T2-OA-CUST-SHELF-HA-SML ou -LRG).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mounts on a pegboard, and this sink has none.</source>
        <translation>%1 se fixe sur un panneau perforé, et cet évier n&apos;en a pas.</translation>
    </message>
</context>
<context>
    <name>cs::print::BomExport</name>
    <message>
        <location filename="../src/print/bomexport.cpp" line="+23"/>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+11"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Total qty</source>
        <translation>Qté totale</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>Extended qty</source>
        <translation>Qté cumulée</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>BOM of build %1 (PO %2)</source>
        <translation>Nomenclature de la fabrication %1 (bon de commande %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 · %2 · SHA-256 %3</source>
        <translation>Version %1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Procurement list</source>
        <translation>Liste d&apos;approvisionnement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>BOM %1</source>
        <translation>Nomenclature %1</translation>
    </message>
</context>
<context>
    <name>cs::print::ZplPrinter</name>
    <message>
        <location filename="../src/print/zplprinter.cpp" line="+23"/>
        <source>The printer is still busy with the previous job.</source>
        <translation>L&apos;imprimante est encore occupée par la tâche précédente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The label printer %1:%2 did not answer in time.</source>
        <translation>L&apos;imprimante d&apos;étiquettes %1:%2 n&apos;a pas répondu à temps.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sent %n byte(s) to the label printer.</source>
        <translation>
            <numerusform>%n octet envoyé à l&apos;imprimante d&apos;étiquettes.</numerusform>
            <numerusform>%n octets envoyés à l&apos;imprimante d&apos;étiquettes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label printer closed the connection before the job was sent.</source>
        <translation>L&apos;imprimante d&apos;étiquettes a fermé la connexion avant l&apos;envoi de la tâche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot send to the label printer %1:%2: %3</source>
        <translation>Impossible d&apos;envoyer à l&apos;imprimante d&apos;étiquettes %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>cs::ui::AboutDialog</name>
    <message>
        <location filename="../src/ui/shell/aboutdialog.cpp" line="+21"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not known: %1)</source>
        <translation>(inconnue : %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CleanStation Production, the shop-floor client for CleanStation reprocessing sinks.</source>
        <translation>CleanStation Production, le poste d&apos;atelier pour les éviers de retraitement CleanStation.</translation>
    </message>
</context>
<context>
    <name>cs::ui::AssemblyBenchPage</name>
    <message>
        <location filename="../src/ui/assembly/assemblybenchpage.cpp" line="+304"/>
        <source>The build could not be read: %1</source>
        <translation>La fabrication n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Wait until the build has loaded.</source>
        <translation>Attendez que la fabrication soit chargée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim the build first: the test is taken by the assembler who claimed it.</source>
        <translation>Prenez d&apos;abord la fabrication : le test est fait par le monteur qui l&apos;a prise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds this build: the test is theirs.</source>
        <translation>%1 a cette fabrication : le test lui revient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end-of-line test was repeated and passed after the rework.</source>
        <translation>Le test de fin de ligne a été refait et réussi après la reprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-line test is repeated when the recorded rework touched it (step 6).</source>
        <translation>Le test de fin de ligne est refait quand la reprise enregistrée l&apos;a touché (étape 6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end-of-line test is taken while the build is Ready for production (it is %1 now).</source>
        <translation>Le test de fin de ligne se fait quand la fabrication est à l&apos;état « Prêt pour la production » (elle est maintenant à l&apos;état « %1 »).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening the build…</source>
        <translation>Ouverture de la fabrication…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build not loaded</source>
        <translation>Fabrication non chargée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assembly — build %1</source>
        <translation>Assemblage — fabrication %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>nobody holds it</source>
        <translation>personne ne l&apos;a</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+538"/>
        <source>&amp;Work instruction</source>
        <translation>Instruction de tra&amp;vail</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>The test starts when every production check is done. The production checks have not been started yet.</source>
        <translation>Le test commence quand tous les contrôles de production sont faits. Les contrôles de production ne sont pas encore commencés.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The test starts when every production check is done. Production checks still to do: %n.</source>
        <translation>
            <numerusform>Le test commence quand tous les contrôles de production sont faits. Contrôles de production restant à faire : %n.</numerusform>
            <numerusform>Le test commence quand tous les contrôles de production sont faits. Contrôles de production restant à faire : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>claimed by you</source>
        <translation>prise par vous</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>held by %1</source>
        <translation>tenue par %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>PO %1 · %2 · status: %3 · %4</source>
        <translation>BC %1 · %2 · état : %3 · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+129"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>not claimed</source>
        <translation>non prise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on hold for parts</source>
        <translation>en attente de pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · Claim
%1</source>
        <translation>1 · Prise
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 of %2 checked</source>
        <translation>%1 sur %2 contrôlés</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>2 · Production checks
%1</source>
        <translation>2 · Contrôles de production
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeat after the rework: attempt %1 open</source>
        <translation>à refaire après la reprise : essai %1 ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to repeat after the rework</source>
        <translation>à refaire après la reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed (attempt %1)</source>
        <translation>réussi (essai %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1 failed: a new attempt is needed</source>
        <translation>essai %1 échoué : un nouvel essai est nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1 open</source>
        <translation>essai %1 ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 · End-of-line test
%1</source>
        <translation>3 · Test de fin de ligne
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after the test</source>
        <translation>après le test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 confirmed</source>
        <translation>%1 sur %2 confirmés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 · Packaging
%1</source>
        <translation>4 · Emballage
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to sign</source>
        <translation>à signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after packaging</source>
        <translation>après l&apos;emballage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Ready for inspection
%1</source>
        <translation>5 · Prête pour l&apos;inspection
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none open</source>
        <translation>aucune en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recorded; may return</source>
        <translation>enregistrée ; retour possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 · Rework
%1</source>
        <translation>6 · Reprise
%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>You hold this build: its steps are yours.</source>
        <translation>Vous avez cette fabrication : ses étapes sont les vôtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build cannot be claimed now.</source>
        <translation>Cette fabrication ne peut pas être prise maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot claim: %1</source>
        <translation>Prise impossible : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim the build to do its rework.</source>
        <translation>Prenez la fabrication pour faire sa reprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim the build to start its production checks.</source>
        <translation>Prenez la fabrication pour commencer ses contrôles de production.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody holds this build.</source>
        <translation>Personne n&apos;a cette fabrication.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds this build (status: %2).</source>
        <translation>%1 a cette fabrication (état : %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The production checklist opens while the build is in production.</source>
        <translation>La liste de production s&apos;ouvre pendant que la fabrication est en production.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim the build first: its production checks are the claimant&apos;s.</source>
        <translation>Prenez d&apos;abord la fabrication : ses contrôles de production reviennent à celui qui l&apos;a prise.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Packaging is complete.</source>
        <translation>L&apos;emballage est terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging comes after the end-of-line test has passed.</source>
        <translation>L&apos;emballage vient après la réussite du test de fin de ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assembler who claimed the build (or an admin) completes packaging.</source>
        <translation>Seul le monteur qui a pris la fabrication (ou un administrateur) termine l&apos;emballage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until the packing list has loaded.</source>
        <translation>Attendez que la liste d&apos;emballage soit chargée.</translation>
    </message>
    <message numerus="yes">
        <location line="-116"/>
        <source>to confirm: %n</source>
        <translation>
            <numerusform>à confirmer : %n</numerusform>
            <numerusform>à confirmer : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Final QC failed: to do</source>
        <translation>Contrôle qualité final non conforme : à faire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC failed: to do</source>
        <translation>Pré-contrôle qualité non conforme : à faire</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>recorded; still to do: %n</source>
        <translation>
            <numerusform>enregistrée ; reste à faire : %n</numerusform>
            <numerusform>enregistrée ; reste à faire : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>You hold this build (status: %1).</source>
        <translation>Vous avez cette fabrication (état : %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Saving answers, %n to go…</source>
        <translation>
            <numerusform>Enregistrement des réponses, encore %n…</numerusform>
            <numerusform>Enregistrement des réponses, encore %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Confirm every item of the packing list first. Still to confirm: %n.</source>
        <translation>
            <numerusform>Confirmez d&apos;abord chaque article de la liste d&apos;emballage. Reste à confirmer : %n.</numerusform>
            <numerusform>Confirmez d&apos;abord chaque article de la liste d&apos;emballage. Reste à confirmer : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is packed: complete packaging.</source>
        <translation>Tout est emballé : terminez l&apos;emballage.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I, %1, have checked this cabinet on %2 and verify that it is ready for inspection.</source>
        <translation>Je soussigné(e), %1, ai contrôlé ce meuble le %2 et certifie qu&apos;il est prêt pour l&apos;inspection.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The closing statement is signed: the build is ready for Final QC.</source>
        <translation>La déclaration finale est signée : la fabrication est prête pour le contrôle qualité final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing statement is signed once packaging is complete.</source>
        <translation>La déclaration finale se signe une fois l&apos;emballage terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assembler who claimed the build (or an admin) signs the closing statement.</source>
        <translation>Seul le monteur qui a pris la fabrication (ou un administrateur) signe la déclaration finale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The production checklist of this build is not on record.</source>
        <translation>La liste de production de cette fabrication n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign with your password: the build goes to Ready for Final QC.</source>
        <translation>Signez avec votre mot de passe : la fabrication passe à « Prêt pour le contrôle qualité final ».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not claimed</source>
        <translation>Non prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not put on hold</source>
        <translation>Non mise en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resumed</source>
        <translation>Non reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging not completed</source>
        <translation>Emballage non terminé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the connection was lost before the server answered, so it may or may not have been done. Refresh when the connection is back to see which.</source>
        <translation>%1 : la connexion a été perdue avant la réponse du serveur, l&apos;action a donc pu être faite ou non. Actualisez quand la connexion est revenue pour le savoir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Build %1 is yours: its rework is below, with why it failed.</source>
        <translation>La fabrication %1 est à vous : sa reprise est ci-dessous, avec la cause de la non-conformité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build %1 is yours: start with its production checks.</source>
        <translation>La fabrication %1 est à vous : commencez par ses contrôles de production.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On hold for parts</source>
        <translation>En attente de pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which parts are missing or wrong? (Procurement sees this reason and resumes the build when the parts are here.)</source>
        <translation>Quelles pièces manquent ou sont erronées ? (Les achats voient ce motif et reprennent la fabrication quand les pièces sont là.)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On hold needs a reason: say which parts are missing or wrong.</source>
        <translation>La mise en attente demande un motif : indiquez quelles pièces manquent ou sont erronées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 is on hold for parts.</source>
        <translation>La fabrication %1 est en attente de pièces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume production</source>
        <translation>Reprendre la production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done about the parts? (a note for the history)</source>
        <translation>Qu&apos;a-t-on fait pour les pièces ? (une note pour l&apos;historique)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resuming needs a note: say what was done about the parts.</source>
        <translation>La reprise demande une note : indiquez ce qui a été fait pour les pièces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 is back in production.</source>
        <translation>La fabrication %1 est de retour en production.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Packaging complete</source>
        <translation>Emballage terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the packaging of build %1 as complete?</source>
        <translation>Marquer l&apos;emballage de la fabrication %1 comme terminé ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The build moves to Packaging complete and its packing list can no longer be changed. The next step is the closing statement, signed with your password.</source>
        <translation>La fabrication passe à « Emballage terminé » et sa liste d&apos;emballage ne peut plus être modifiée. L&apos;étape suivante est la déclaration finale, signée avec votre mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete packaging</source>
        <translation>Terminer l&apos;emballage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packaging of build %1 is complete: sign the closing statement.</source>
        <translation>L&apos;emballage de la fabrication %1 est terminé : signez la déclaration finale.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some answers are not stored yet; sign when they are saved.</source>
        <translation>Certaines réponses ne sont pas encore enregistrées ; signez quand elles le sont.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready for inspection</source>
        <translation>Prêt pour l&apos;inspection</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking your password and signing…</source>
        <translation>Vérification de votre mot de passe et signature…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed: build %1 is ready for Final QC.</source>
        <translation>Signé : la fabrication %1 est prête pour le contrôle qualité final.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claim this build</source>
        <translation>&amp;Prendre cette fabrication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;hold for parts…</source>
        <translation>En a&amp;ttente de pièces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume production…</source>
        <translation>&amp;Reprendre la production…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packa&amp;ging complete…</source>
        <translation>&amp;Emballage terminé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign the closing statement…</source>
        <translation>&amp;Signer la déclaration finale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;production checks (step 2)</source>
        <translation>Aller aux contrôles de pro&amp;duction (étape 2)</translation>
    </message>
</context>
<context>
    <name>cs::ui::AssemblyErrorText</name>
    <message>
        <location filename="../src/ui/assembly/assemblyerrortext.cpp" line="+44"/>
        <source>The password is not correct; nothing was signed.</source>
        <translation>Le mot de passe est incorrect ; rien n&apos;a été signé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The initials do not match your profile; nothing was signed.</source>
        <translation>Les initiales ne correspondent pas à votre profil ; rien n&apos;a été signé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature needs your password again; nothing was signed.</source>
        <translation>La signature demande de nouveau votre mot de passe ; rien n&apos;a été signé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assembler who claimed this build, or an admin, can do this (%1). Claim it, or ask the coordinator to assign it to you</source>
        <translation>Seul le monteur qui a pris cette fabrication, ou un administrateur, peut faire cela (%1). Prenez-la, ou demandez au coordinateur de vous l&apos;attribuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That part of the production checklist is not open at the build&apos;s status: the production checks before the test, the packaging list after it (%1)</source>
        <translation>Cette partie de la liste de production n&apos;est pas ouverte à l&apos;état actuel de la fabrication : les contrôles de production avant le test, la liste d&apos;emballage après (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end-of-line test starts when every production check is done. Still to do: %1</source>
        <translation>Le test de fin de ligne commence quand tous les contrôles de production sont faits. Reste à faire : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading is outside its limits, so that test is a FAIL, not a PASS: %1</source>
        <translation>Une mesure est hors de ses limites : ce test est NON CONFORME, il ne peut pas être CONFORME : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packaging cannot be completed yet: confirm every packing item first. Not confirmed: %1</source>
        <translation>L&apos;emballage ne peut pas encore être terminé : confirmez d&apos;abord chaque article. Non confirmés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step is made by signing its form, not by a status change: %1</source>
        <translation>Cette étape se fait en signant son formulaire, pas par un changement d&apos;état : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The production checklist is only signed as ready for inspection; a problem is put on hold instead.</source>
        <translation>La liste de production se signe seulement comme prête pour l&apos;inspection ; un problème se met plutôt en attente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server says the form is not complete: %1</source>
        <translation>Le serveur indique que le formulaire n&apos;est pas complet : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The work instruction was not stored: %1</source>
        <translation>L&apos;instruction de travail n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That version is already published and never changes; import a new draft instead (%1)</source>
        <translation>Cette version est déjà publiée et ne change plus ; importez plutôt un nouveau brouillon (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another published instruction already explains some of these checklist items: %1</source>
        <translation>Une autre instruction publiée explique déjà certains de ces points de contrôle : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That work instruction version is not there any more. The list was read again.</source>
        <translation>Cette version de l&apos;instruction de travail n&apos;existe plus. La liste a été relue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture must be a PNG or a JPEG file: %1</source>
        <translation>Une image doit être un fichier PNG ou JPEG : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture may have at most 2 MB: %1</source>
        <translation>Une image fait au plus 2 Mo : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A picture is missing on the server.</source>
        <translation>Une image manque sur le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tool key has 2 to 50 capital letters, digits, dots, underscores or dashes (like TK-TORQUE-5NM).</source>
        <translation>La clé d&apos;un outil a de 2 à 50 majuscules, chiffres, points, traits de soulignement ou tirets (comme TK-TORQUE-5NM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tool needs a name of 2 to 255 characters.</source>
        <translation>Un outil a besoin d&apos;un nom de 2 à 255 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tool&apos;s description has at most 2,000 characters.</source>
        <translation>La description d&apos;un outil a au plus 2 000 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A build&apos;s task list is made while the build is in production: %1</source>
        <translation>La liste des tâches d&apos;une fabrication est créée pendant sa production : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no published production checklist template yet; an admin imports and publishes one.</source>
        <translation>Il n&apos;y a pas encore de modèle publié de la liste de contrôle de production ; un administrateur en importe et en publie un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A build in rework goes back to QC when its rework is recorded: open it on the assembler&apos;s bench and use “Rework done”.</source>
        <translation>Une fabrication en reprise revient au contrôle qualité quand sa reprise est enregistrée : ouvrez-la au poste du monteur et utilisez « Reprise terminée ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The build stays in rework for now: %1</source>
        <translation>La fabrication reste en reprise pour l&apos;instant : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what was done in the rework (10 characters at least, 4,000 at most).</source>
        <translation>Indiquez ce qui a été fait lors de la reprise (10 caractères au moins, 4 000 au plus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the rework touched must be among the build&apos;s test procedures and confirmed packing items (%1)</source>
        <translation>Ce que la reprise a touché doit faire partie des procédures de test et des articles d&apos;emballage confirmés de la fabrication (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo of the rework is no longer among the build&apos;s documents; add it again.</source>
        <translation>Une photo de la reprise ne figure plus parmi les documents de la fabrication ; ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The build is not in rework any more (%1); refresh to see where it is</source>
        <translation>La fabrication n&apos;est plus en reprise (%1) ; actualisez pour voir où elle en est</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The failed QC result that sent this build to rework is not on record; ask the inspector or an admin.</source>
        <translation>Le résultat de contrôle qualité non conforme qui a envoyé cette fabrication en reprise n&apos;est pas enregistré ; demandez à l&apos;inspecteur ou à un administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end-of-line test is repeated once the rework is recorded and touched it (step 6, “Rework done”).</source>
        <translation>Le test de fin de ligne est refait une fois la reprise enregistrée, si elle l&apos;a touché (étape 6, « Reprise terminée »).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this build meanwhile. It was read again: look, then try once more.</source>
        <translation>Quelqu&apos;un a modifié cette fabrication entre-temps. Elle a été relue : vérifiez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not do this.</source>
        <translation>Votre rôle ne permet pas cela.</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomCheckDialog</name>
    <message>
        <location filename="../src/ui/orders/bomcheckdialog.cpp" line="+18"/>
        <source>BOM not approved</source>
        <translation>Nomenclature non approuvée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>BOM version %1 of build %2 is what its configuration gives.</source>
        <translation>La version %1 de la nomenclature de la fabrication %2 est celle que donne sa configuration.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>BOM version %1 of build %2 is not the BOM its configuration gives: regenerated from the stored configuration with the catalog (revision %3), it differs in %n point, listed below. It cannot be approved. Ask the production coordinator to regenerate the BOM, or reject it.</source>
        <translation>
            <numerusform>La version %1 de la nomenclature de la fabrication %2 n&apos;est pas la nomenclature que donne sa configuration : régénérée à partir de la configuration enregistrée avec le catalogue (révision %3), elle diffère sur %n point, listé ci-dessous. Elle ne peut pas être approuvée. Demandez au coordinateur de production de régénérer la nomenclature, ou refusez-la.</numerusform>
            <numerusform>La version %1 de la nomenclature de la fabrication %2 n&apos;est pas la nomenclature que donne sa configuration : régénérée à partir de la configuration enregistrée avec le catalogue (révision %3), elle diffère sur %n points, listés ci-dessous. Elle ne peut pas être approuvée. Demandez au coordinateur de production de régénérer la nomenclature, ou refusez-la.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>BOM version %1 of build %2 is not the BOM its configuration gives: regenerated from the stored configuration with the catalog (revision %3), it differs in %n points, listed below. It cannot be approved. Ask the production coordinator to regenerate the BOM, or reject it.</source>
        <translation>
            <numerusform>La version %1 de la nomenclature de la fabrication %2 n&apos;est pas la nomenclature que donne sa configuration : régénérée à partir de la configuration enregistrée avec le catalogue (révision %3), elle diffère sur %n point, listé ci-dessous. Elle ne peut pas être approuvée. Demandez au coordinateur de production de régénérer la nomenclature, ou refusez-la.</numerusform>
            <numerusform>La version %1 de la nomenclature de la fabrication %2 n&apos;est pas la nomenclature que donne sa configuration : régénérée à partir de la configuration enregistrée avec le catalogue (révision %3), elle diffère sur %n points, listés ci-dessous. Elle ne peut pas être approuvée. Demandez au coordinateur de production de régénérer la nomenclature, ou refusez-la.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BOM version %1 of build %2 was generated from catalog revision %3; this PC has revision %4, an older one, and with it the configuration does not give this BOM, so it cannot be approved yet. The catalog of this PC is being updated: try again in a moment.</source>
        <translation>La version %1 de la nomenclature de la fabrication %2 a été générée à partir de la révision %3 du catalogue ; ce poste a la révision %4, plus ancienne, avec laquelle la configuration ne donne pas cette nomenclature : elle ne peut donc pas encore être approuvée. Le catalogue de ce poste est en cours de mise à jour : réessayez dans un moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BOM version %1 of build %2 was generated from catalog revision %3; this PC has revision %4, and with it the configuration does not give this BOM, so it cannot be approved. Ask the production coordinator to regenerate the BOM.</source>
        <translation>La version %1 de la nomenclature de la fabrication %2 a été générée à partir de la révision %3 du catalogue ; ce poste a la révision %4, avec laquelle la configuration ne donne pas cette nomenclature : elle ne peut donc pas être approuvée. Demandez au coordinateur de production de régénérer la nomenclature.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BOM version %1 of build %2 could not be checked against its configuration, so it cannot be approved now: %3</source>
        <translation>La version %1 de la nomenclature de la fabrication %2 n&apos;a pas pu être vérifiée par rapport à sa configuration ; elle ne peut donc pas être approuvée maintenant : %3</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomFlatModel</name>
    <message>
        <location filename="../src/ui/orders/bomflatmodel.cpp" line="+50"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total qty</source>
        <translation>Qté totale</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomPreviewWidget</name>
    <message>
        <location filename="../src/ui/wizard/bompreviewwidget.cpp" line="+21"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Updating the BOM…</source>
        <translation>Mise à jour de la nomenclature…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warnings:
• %1</source>
        <translation>Avertissements :
• %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The BOM appears when this build&apos;s configuration is complete.</source>
        <translation>La nomenclature apparaît quand la configuration de cette fabrication est complète.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 × %2
%3
%4</source>
        <translation>%1 × %2
%3
%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Build %1 · top-level lines: %2 · distinct parts: %3</source>
        <translation>Fabrication %1 · lignes de premier niveau : %2 · pièces distinctes : %3</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomRuleText</name>
    <message>
        <location filename="../src/ui/orders/bomruletext.cpp" line="+13"/>
        <source>Manual kit in the order&apos;s language</source>
        <translation>Kit de manuel dans la langue de la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sink body for the length</source>
        <translation>Corps de l&apos;évier selon la longueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legs kit for the height and leg model</source>
        <translation>Kit de pieds selon la hauteur et le modèle de pied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feet as chosen</source>
        <translation>Pieds ou roulettes selon le choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overhead light kit, as the sink has a pegboard</source>
        <translation>Kit d&apos;éclairage supérieur, car l&apos;évier a un panneau perforé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegboard kit of the chosen type</source>
        <translation>Kit de panneau perforé du type choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegboard panel as long as the sink</source>
        <translation>Panneau perforé de la longueur de l&apos;évier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegboard panel made to the ordered size</source>
        <translation>Panneau perforé sur mesure, aux dimensions commandées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegboard colour</source>
        <translation>Couleur du panneau perforé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin kit for the basin&apos;s type</source>
        <translation>Kit de bac selon le type de bac</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin of a standard size</source>
        <translation>Bac de dimensions standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basin made to the ordered size</source>
        <translation>Bac sur mesure, aux dimensions commandées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control box for the E-Drain and E-Sink basins</source>
        <translation>Boîtier de commande pour les bacs E-Drain et E-Sink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P-trap for a basin</source>
        <translation>Unité de désinfection du siphon pour un bac</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light for a basin</source>
        <translation>Éclairage pour un bac</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faucet kit for the faucet&apos;s type</source>
        <translation>Kit de robinet selon le type de robinet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprayer kit for the sprayer&apos;s type</source>
        <translation>Kit de pistolet selon le type de pistolet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accessory as ordered</source>
        <translation>Accessoire tel que commandé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (rule %2)</source>
        <translation>%1 (règle %2)</translation>
    </message>
</context>
<context>
    <name>cs::ui::BomTreeModel</name>
    <message>
        <location filename="../src/ui/orders/bomtreemodel.cpp" line="+76"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended qty</source>
        <translation>Qté cumulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>cs::ui::CatalogImportDialog</name>
    <message>
        <location filename="../src/ui/admin/catalogimportdialog.cpp" line="+35"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choisir le dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the catalog</source>
        <translation>Importer le catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A folder with categories.json, parts.json and assemblies.json</source>
        <translation>Un dossier contenant categories.json, parts.json et assemblies.json</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Catalog folder</source>
        <translation>Dossier du catalogue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading and checking the catalog files…</source>
        <translation>Lecture et vérification des fichiers du catalogue…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the folder of the catalog files. They are checked before anything is imported, and imported only when you confirm.</source>
        <translation>Choisissez le dossier des fichiers du catalogue. Ils sont vérifiés avant toute importation, et importés seulement quand vous confirmez.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n problem found; nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problème trouvé ; rien ne peut être importé tant que le fichier n&apos;est pas corrigé.</numerusform>
            <numerusform>%n problèmes trouvés ; rien ne peut être importé tant que le fichier n&apos;est pas corrigé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problems found; nothing can be imported until the files are corrected.</source>
        <translation>
            <numerusform>%n problème trouvé ; rien ne peut être importé tant que les fichiers ne sont pas corrigés.</numerusform>
            <numerusform>%n problèmes trouvés ; rien ne peut être importé tant que les fichiers ne sont pas corrigés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The catalog files have %n problem, listed below.</source>
        <translation>
            <numerusform>Les fichiers du catalogue ont %n problème, listé ci-dessous.</numerusform>
            <numerusform>Les fichiers du catalogue ont %n problèmes, listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The catalog files have %n problems, listed below.</source>
        <translation>
            <numerusform>Les fichiers du catalogue ont %n problème, listé ci-dessous.</numerusform>
            <numerusform>Les fichiers du catalogue ont %n problèmes, listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found. The files hold %1 categories, %2 subcategories, %3 parts and %4 assemblies with %5 component lines.</source>
        <translation>Aucun problème trouvé. Les fichiers contiennent %1 catégories, %2 sous-catégories, %3 pièces et %4 ensembles avec %5 lignes de composants.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import %1 parts and %2 assemblies from %3?

Items already in the catalog are updated, items not in the files are kept. New orders use the imported catalog; BOMs already frozen do not change.</source>
        <translation>Importer %1 pièces et %2 ensembles depuis %3 ?

Les articles déjà présents dans le catalogue sont mis à jour, les articles absents des fichiers sont conservés. Les nouvelles commandes utilisent le catalogue importé ; les nomenclatures déjà figées ne changent pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the server was lost during the import. It was either imported whole or not at all. Importing the same files again is safe (unchanged items are not rewritten).</source>
        <translation>La connexion au serveur a été perdue pendant l&apos;importation. Le catalogue a été importé soit en entier, soit pas du tout. Importer de nouveau les mêmes fichiers est sans risque (les articles inchangés ne sont pas réécrits).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the import; nothing was imported: %1</source>
        <translation>Le serveur a refusé l&apos;importation ; rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: %1 parts, %2 assemblies, %3 component lines. The catalog is now at revision %4.</source>
        <translation>Importé : %1 pièces, %2 ensembles, %3 lignes de composants. Le catalogue est maintenant à la révision %4.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../src/ui/shell/changepassworddialog.cpp" line="+32"/>
        <source>The new password and its repetition differ.</source>
        <translation>Le nouveau mot de passe et sa répétition diffèrent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password needs at least 8 characters.</source>
        <translation>Le nouveau mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the password…</source>
        <translation>Modification du mot de passe…</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistDrawingView</name>
    <message>
        <location filename="../src/ui/qc/checklistdrawingview.cpp" line="+44"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The drawing is not a PDF this PC can show.</source>
        <translation>Le plan n&apos;est pas un PDF que ce poste peut afficher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>No drawing is attached to the order.</source>
        <translation>Aucun plan n&apos;est joint à la commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the drawing…</source>
        <translation>Chargement du plan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drawing is no longer stored with the order.</source>
        <translation>Le plan n&apos;est plus enregistré avec la commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drawing could not be read: %1</source>
        <translation>Le plan n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The drawing is neither a PDF nor an image this PC can show. Open it from the order&apos;s documents.</source>
        <translation>Le plan n&apos;est ni un PDF ni une image que ce poste peut afficher. Ouvrez-le depuis les documents de la commande.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistFailDialog</name>
    <message>
        <location filename="../src/ui/qc/checklistfaildialog.cpp" line="+30"/>
        <source>Record a Final QC FAIL</source>
        <translation>Enregistrer un contrôle qualité final NON CONFORME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a Pre-QC FAIL</source>
        <translation>Enregistrer un pré-contrôle qualité NON CONFORME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what is wrong. The result is then signed with your password; the build moves to the status you choose below.</source>
        <translation>Indiquez ce qui ne va pas. Le résultat est ensuite signé avec votre mot de passe ; la fabrication passe à l&apos;état choisi ci-dessous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At least 3 characters</source>
        <translation>Au moins 3 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rework in-house: the build goes to “%1”</source>
        <translation>Reprise en interne : la fabrication passe à « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rework: the build goes to “%1”</source>
        <translation>Pas de reprise : la fabrication passe à « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rework:</source>
        <translation>Reprise :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next: sign…</source>
        <translation>&amp;Suivant : signer…</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistItemWidget</name>
    <message>
        <location filename="../src/ui/qc/checklistitemwidget.cpp" line="+429"/>
        <source>“%1” is not a number (%2); not saved.</source>
        <translation>« %1 » n&apos;est pas un nombre (%2) ; non enregistré.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the test fails.</source>
        <translation>%1 : le test échoue.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a number; not saved.</source>
        <translation>« %1 » n&apos;est pas un nombre ; non enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a date (YYYY-MM-DD); not saved.</source>
        <translation>« %1 » n&apos;est pas une date (AAAA-MM-JJ) ; non enregistré.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept on this PC: sent when the connection is back</source>
        <translation>Conservé sur ce poste : envoyé quand la connexion sera rétablie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Section verified</source>
        <translation>Section vérifiée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N/A: %1</source>
        <translation>S.O. : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected: %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity: %1</source>
        <translation>quantité : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limits: %1 to %2</source>
        <translation>limites : %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;%1 (%2)</source>
        <translation>&amp;%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why N/A? (then Enter)</source>
        <translation>Pourquoi S.O. ? (puis Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe “Other” (then Enter)</source>
        <translation>Décrivez « Autre » (puis Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan or type the serial</source>
        <translation>Scannez ou saisissez le numéro de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistPage</name>
    <message>
        <location filename="../src/ui/qc/checklistpage.cpp" line="+417"/>
        <source>The checklist could not be opened: the server cannot be reached right now. Open it again when the connection is back.</source>
        <translation>La liste de contrôle n&apos;a pas pu être ouverte : le serveur est injoignable pour le moment. Rouvrez-la quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist could not be opened: %1</source>
        <translation>La liste de contrôle n&apos;a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+398"/>
        <location line="+451"/>
        <source>Server code %1 (SQLSTATE %2)</source>
        <translation>Code serveur %1 (SQLSTATE %2)</translation>
    </message>
    <message>
        <location line="-808"/>
        <source>The checklist could not be read: the server cannot be reached right now. What you answer is kept on this PC and sent when the connection is back.</source>
        <translation>La liste de contrôle n&apos;a pas pu être lue : le serveur est injoignable pour le moment. Vos réponses sont conservées sur ce poste et envoyées quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checklist could not be read: %1</source>
        <translation>La liste de contrôle n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved drawing</source>
        <translation>Plan approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Your answer could not be kept on this PC (%1); it is being sent now.</source>
        <translation>Votre réponse n&apos;a pas pu être conservée sur ce poste (%1) ; elle est envoyée maintenant.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The list of answers kept on this PC could not be updated: %1</source>
        <translation>La liste des réponses conservées sur ce poste n&apos;a pas pu être mise à jour : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cleared: %1</source>
        <translation>Effacé : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection is back: every answer kept on this PC is stored.</source>
        <translation>La connexion est rétablie : toutes les réponses conservées sur ce poste sont enregistrées.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: changed by someone else meanwhile (%1). Their answer is shown.</source>
        <translation>Non enregistré : modifié entre-temps par quelqu&apos;un d&apos;autre (%1). Sa réponse est affichée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 of %2 applicable items</source>
        <translation>%1 sur %2 points applicables</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is missing here.</source>
        <translation>Rien ne manque ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is missing for a pass.</source>
        <translation>Rien ne manque pour un résultat conforme.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the checklist…</source>
        <translation>Ouverture de la liste de contrôle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist not loaded</source>
        <translation>Liste de contrôle non chargée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — build %2</source>
        <translation>%1 — fabrication %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Correction: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message numerus="yes">
        <location line="-448"/>
        <source>Answers kept on this PC that could not be read, and were dropped: %n.</source>
        <translation>
            <numerusform>Réponses conservées sur ce poste qui n&apos;ont pas pu être lues et ont été écartées : %n.</numerusform>
            <numerusform>Réponses conservées sur ce poste qui n&apos;ont pas pu être lues et ont été écartées : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Answers kept on this PC that were not stored, because the checklist was signed before they could be sent: %n.</source>
        <translation>
            <numerusform>Réponses conservées sur ce poste qui n&apos;ont pas été enregistrées, car la liste de contrôle a été signée avant leur envoi : %n.</numerusform>
            <numerusform>Réponses conservées sur ce poste qui n&apos;ont pas été enregistrées, car la liste de contrôle a été signée avant leur envoi : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+286"/>
        <source>“%1” was changed by someone else: %2. Their answer is shown; answer again if it is wrong.</source>
        <translation>« %1 » a été modifié par quelqu&apos;un d&apos;autre : %2. Sa réponse est affichée ; répondez de nouveau si elle est fausse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answer to “%1” was not saved: %2</source>
        <translation>Votre réponse à « %1 » n&apos;a pas été enregistrée : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The server cannot be reached. Answers kept on this PC, to be sent when the connection is back: %n. Go on filling in the checklist.</source>
        <translation>
            <numerusform>Le serveur est injoignable. Réponses conservées sur ce poste, envoyées quand la connexion sera rétablie : %n. Continuez à remplir la liste de contrôle.</numerusform>
            <numerusform>Le serveur est injoignable. Réponses conservées sur ce poste, envoyées quand la connexion sera rétablie : %n. Continuez à remplir la liste de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Still to do: %1. Click one to go to it.</source>
        <translation>Reste à faire : %1. Cliquez sur un point pour y aller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing for a pass: %1. Click one to go to it.</source>
        <translation>Manquant pour un résultat conforme : %1. Cliquez sur un point pour y aller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;till to do: nothing</source>
        <translation>Reste à fa&amp;ire : rien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;till to do: %1</source>
        <translation>Reste à fa&amp;ire : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PO %1 · %2 · status: %3</source>
        <translation>BC %1 · %2 · état : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form “%1”, template version %2 · attempt %3, revision %4</source>
        <translation>Formulaire « %1 », version du modèle %2 · tentative %3, révision %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed PASS by %1 (%2) on %3: “%4”.</source>
        <translation>Signé CONFORME par %1 (%2) le %3 : « %4 ».</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed FAIL by %1 (%2) on %3: “%4”.</source>
        <translation>Signé NON CONFORME par %1 (%2) le %3 : « %4 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build status now: %1.</source>
        <translation>État de la fabrication maintenant : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: %1; severity: %2.</source>
        <translation>Catégorie : %1 ; gravité : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reworked in-house.</source>
        <translation>Reprise en interne.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not reworked.</source>
        <translation>Pas de reprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record is read-only.</source>
        <translation>Cette fiche est en lecture seule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content SHA-256: %1</source>
        <translation>SHA-256 du contenu : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This checklist is signed and read-only.</source>
        <translation>Cette liste de contrôle est signée et en lecture seule.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only the assembler who claimed the build (or an admin) can fill in this form.</source>
        <translation>Seul le monteur qui a pris la fabrication (ou un administrateur) peut remplir ce formulaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a QC inspector can fill in and sign this checklist.</source>
        <translation>Seul un inspecteur qualité peut remplir et signer cette liste de contrôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This test failed. Fix the cause, then start a new attempt: the failed record is kept.</source>
        <translation>Ce test a échoué. Corrigez la cause, puis commencez un nouvel essai : l&apos;enregistrement échoué est conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the checklist has loaded.</source>
        <translation>Attendez que la liste de contrôle soit chargée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything is answered: sign the PASS, or record a FAIL.</source>
        <translation>Tout est renseigné : signez CONFORME, ou enregistrez NON CONFORME.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Section verified</source>
        <translation>Section vérifiée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <comment>item number as printed on the form, item words</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2, basin %3</source>
        <translation>%1 %2, bac %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1, basin %2: %3.</source>
        <translation>%1, bac %2 : %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Production checklist</source>
        <translation>Liste de production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-line test</source>
        <translation>Test de fin de ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final QC</source>
        <translation>Contrôle qualité final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC</source>
        <translation>Pré-contrôle qualité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-line test passed</source>
        <translation>Test de fin de ligne réussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-line test failed</source>
        <translation>Test de fin de ligne échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for inspection</source>
        <translation>Prêt pour l&apos;inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final QC passed</source>
        <translation>Contrôle qualité final conforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final QC failed</source>
        <translation>Contrôle qualité final non conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-QC passed</source>
        <translation>Pré-contrôle qualité conforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC failed</source>
        <translation>Pré-contrôle qualité non conforme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wait until the checklist has loaded, then try again.</source>
        <translation>Attendez que la liste de contrôle soit chargée, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the signature that runs now is done.</source>
        <translation>Attendez la fin de la signature en cours.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PASS cannot be signed yet: %1</source>
        <translation>CONFORME ne peut pas encore être signé : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record the test as FAILED</source>
        <translation>Enregistrer le test comme ÉCHOUÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What failed, and why? (The build stays in production; after the fix the test is taken again.)</source>
        <translation>Qu&apos;est-ce qui a échoué, et pourquoi ? (La fabrication reste en production ; après la correction, le test est refait.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A failed test needs a reason (at least 3 characters).</source>
        <translation>Un test échoué demande un motif (au moins 3 caractères).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A new attempt follows a failed end-of-line test only.</source>
        <translation>Un nouvel essai ne suit qu&apos;un test de fin de ligne échoué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening a new attempt of the test…</source>
        <translation>Ouverture d&apos;un nouvel essai du test…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of build %2, attempt %3, revision %4 (template version %5)</source>
        <translation>%1 de la fabrication %2, tentative %3, révision %4 (version du modèle %5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some answers are not stored yet; wait a moment and sign again.</source>
        <translation>Certaines réponses ne sont pas encore enregistrées ; attendez un instant et signez de nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking your password and signing…</source>
        <translation>Vérification de votre mot de passe et signature…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed: %1.</source>
        <translation>Signé : %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not confirmed: the connection was lost before the server answered, so the checklist may or may not be signed. Refresh (F5) when the connection is back to see which. Nothing you answered is lost.</source>
        <translation>Non confirmé : la connexion a été perdue avant la réponse du serveur ; la liste de contrôle a donc pu être signée ou non. Actualisez (F5) quand la connexion sera rétablie pour le savoir. Aucune de vos réponses n&apos;est perdue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed: %1 Nothing you answered is lost.</source>
        <translation>Non signé : %1 Aucune de vos réponses n&apos;est perdue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Correct a signed checklist</source>
        <translation>Corriger une liste de contrôle signée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A correction makes a new revision of this checklist; the signed one is kept. Why is it corrected?</source>
        <translation>Une correction crée une nouvelle révision de cette liste de contrôle ; la révision signée est conservée. Pourquoi la corriger ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a signed checklist can be corrected.</source>
        <translation>Seule une liste de contrôle signée peut être corrigée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A correction needs a reason (at least 3 characters).</source>
        <translation>Une correction nécessite un motif (au moins 3 caractères).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making a new revision…</source>
        <translation>Création d&apos;une nouvelle révision…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new revision was made: %1</source>
        <translation>Aucune nouvelle révision n&apos;a été créée : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new revision is open: correct the answers, then sign it again.</source>
        <translation>Une nouvelle révision est ouverte : corrigez les réponses, puis signez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server says the checklist is not complete: %1.</source>
        <translation>le serveur indique que la liste de contrôle n&apos;est pas complète : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your role may not do this.</source>
        <translation>votre rôle ne permet pas de le faire.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attach a photo or file to “%1” (basin %2)…</source>
        <translation>Joindre une photo ou un fichier à « %1 » (bac %2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach a photo or file to “%1”…</source>
        <translation>Joindre une photo ou un fichier à « %1 »…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (whole form), %2</source>
        <translation>%1 (formulaire entier), %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, basin %3), %4</source>
        <translation>%1 (%2, bac %3), %4</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Attach a photo or file to the whole form…</source>
        <translation>Joindre une photo ou un fichier au formulaire entier…</translation>
    </message>
    <message numerus="yes">
        <location line="-356"/>
        <source>Answers waiting for the connection: %n. Signing waits until they are stored.</source>
        <translation>
            <numerusform>Réponses en attente de la connexion : %n. La signature attend leur enregistrement.</numerusform>
            <numerusform>Réponses en attente de la connexion : %n. La signature attend leur enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saving answers, %n to go…</source>
        <translation>
            <numerusform>Enregistrement des réponses, encore %n…</numerusform>
            <numerusform>Enregistrement des réponses, encore %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>PASS needs every applicable item. Still missing: %n (see the list).</source>
        <translation>
            <numerusform>CONFORME demande tous les points applicables. Manque encore : %n (voir la liste).</numerusform>
            <numerusform>CONFORME demande tous les points applicables. Manquent encore : %n (voir la liste).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Header of the form</source>
        <translation>En-tête du formulaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, section verified: %2.</source>
        <comment>the section&apos;s heading, what its tick lacks</comment>
        <translation>%1, section vérifiée : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Not yet. Answers still to be stored on the server: %n. Sign when they are saved.</source>
        <translation>
            <numerusform>Pas encore. Réponses encore à enregistrer sur le serveur : %n. Signez quand elles le sont.</numerusform>
            <numerusform>Pas encore. Réponses encore à enregistrer sur le serveur : %n. Signez quand elles le sont.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+271"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach a photo or file</source>
        <translation>Joindre une photo ou un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (%1)</source>
        <translation>Photos et documents (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attaching %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was not attached: %2</source>
        <translation>%1 n&apos;a pas été joint : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is attached.</source>
        <translation>%1 est joint.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the record for printing…</source>
        <translation>Lecture de la fiche pour l&apos;impression…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was printed: a new revision of the checklist was opened meanwhile. Print again to print it.</source>
        <translation>Rien n&apos;a été imprimé : une nouvelle révision de la fiche a été ouverte entre-temps. Imprimez de nouveau pour l&apos;imprimer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record could not be read for printing: %1</source>
        <translation>La fiche n&apos;a pas pu être lue pour l&apos;impression : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The record&apos;s photos could not be read: %1</source>
        <translation>Les photos de la fiche n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The print shows the record as stored. Answers given here and not yet stored are not on it: %n.</source>
        <translation>
            <numerusform>L&apos;impression montre la fiche telle qu&apos;elle est enregistrée. Les réponses données ici et pas encore enregistrées n&apos;y figurent pas : %n.</numerusform>
            <numerusform>L&apos;impression montre la fiche telle qu&apos;elle est enregistrée. Les réponses données ici et pas encore enregistrées n&apos;y figurent pas : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 record of build %2</source>
        <translation>Fiche %1 de la fabrication %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Actualiser (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drawing</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and &amp;files</source>
        <translation>Photos et fic&amp;hiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;record…</source>
        <translation>Imprimer la &amp;fiche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;PASS…</source>
        <translation>Signer &amp;CONFORME…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;FAIL…</source>
        <translation>Enregistrer &amp;NON CONFORME…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct… (new revision)</source>
        <translation>C&amp;orriger… (nouvelle révision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;new attempt</source>
        <translation>Commencer un &amp;nouvel essai</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistSectionWidget</name>
    <message>
        <location filename="../src/ui/qc/checklistsectionwidget.cpp" line="+114"/>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 — basin %3</source>
        <translation>%1 %2 — bac %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — N/A: %2</source>
        <translation>%1 — S.O. : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section &amp;initials:</source>
        <translation>&amp;Initiales de la section :</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecklistTemplatesDialog</name>
    <message>
        <location filename="../src/ui/admin/checklisttemplatesdialog.cpp" line="+43"/>
        <source>Pre-QC</source>
        <translation>Pré-contrôle qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final QC</source>
        <translation>Contrôle qualité final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production checks (CLP)</source>
        <translation>Contrôles de production (CLP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-line test (CLT)</source>
        <translation>Test de fin de ligne (CLT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published, in use</source>
        <translation>Publiée, en service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published, replaced</source>
        <translation>Publiée, remplacée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published by</source>
        <translation>Publiée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklists filled on it</source>
        <translation>Listes remplies avec</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(result only)</source>
        <translation>(résultat seul)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open, not signed</source>
        <translation>ouverte, non signée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no signature</source>
        <translation>sans signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import a template file…</source>
        <translation>&amp;Importer un fichier de modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish this draft…</source>
        <translation>&amp;Publier ce brouillon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View content</source>
        <translation>&amp;Voir le contenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist templates</source>
        <translation>Modèles de listes de contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each form keeps every version. New checklists use the published version marked “in use”; a checklist keeps the version it was started on. A published version never changes: to change a form, import a new version and publish it.</source>
        <translation>Chaque formulaire garde toutes ses versions. Les nouvelles listes utilisent la version publiée marquée « en service » ; une liste garde la version avec laquelle elle a été commencée. Une version publiée ne change jamais : pour modifier un formulaire, importez une nouvelle version et publiez-la.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No checklist was filled on %1 version %2.</source>
        <translation>Aucune liste de contrôle n&apos;a été remplie avec %1 version %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checklists filled on %1 version %2 (%n):</source>
        <translation>
            <numerusform>Liste de contrôle remplie avec %1 version %2 (%n) :</numerusform>
            <numerusform>Listes de contrôle remplies avec %1 version %2 (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checklists of this version could not be read: %1</source>
        <translation>Les listes de contrôle de cette version n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a version to see the checklists filled on it.</source>
        <translation>Sélectionnez une version pour voir les listes de contrôle remplies avec elle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the checklists of %1 version %2…</source>
        <translation>Lecture des listes de contrôle de %1 version %2…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only a draft can be published; this version is published.</source>
        <translation>Seul un brouillon peut être publié ; cette version est publiée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a checklist template</source>
        <translation>Importer un modèle de liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist templates (*.json)</source>
        <translation>Modèles de listes de contrôle (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a checklist template</source>
        <translation>un modèle de liste de contrôle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking and storing %1…</source>
        <translation>Vérification et enregistrement de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template refused</source>
        <translation>Modèle refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was stored. Correct these problems in the file and import it again.</source>
        <translation>Rien n&apos;a été enregistré. Corrigez ces problèmes dans le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 version %2 is stored as a draft. Check it, then publish it.</source>
        <translation>%1 version %2 est enregistrée comme brouillon. Vérifiez-la, puis publiez-la.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publish version %1?</source>
        <translation>Publier la version %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New %1 checklists will use version %2 of “%3”. Checklists already started keep their version. A published version cannot be changed or deleted.</source>
        <translation>Les nouvelles listes « %1 » utiliseront la version %2 de « %3 ». Les listes déjà commencées gardent leur version. Une version publiée ne peut être ni modifiée ni supprimée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 version %2 is published; new checklists use it.</source>
        <translation>%1 version %2 est publiée ; les nouvelles listes l&apos;utilisent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConflictDialog</name>
    <message>
        <location filename="../src/ui/orders/conflictdialog.cpp" line="+21"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite with my values</source>
        <translation>Remplacer par mes &amp;valeurs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Build %1 was changed by someone else on %2, after you opened it.</source>
        <translation>La fabrication %1 a été modifiée par quelqu&apos;un d&apos;autre le %2, après que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build %1 was changed by %2 on %3, after you opened it.</source>
        <translation>La fabrication %1 a été modifiée par %2 le %3, après que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed:</source>
        <translation>Ce qui a changé :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you opened it:</source>
        <translation>Depuis que vous l&apos;avez ouverte :</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  • %1, %2: %3</source>
        <translation>  • %1, %2 : %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload to see the new version (your edits are lost), overwrite it with your values, or cancel.</source>
        <translation>Rechargez pour voir la nouvelle version (vos modifications sont perdues), remplacez-la par vos valeurs, ou annulez.</translation>
    </message>
</context>
<context>
    <name>cs::ui::CreateUserDialog</name>
    <message>
        <location filename="../src/ui/admin/useradmindialog.cpp" line="+87"/>
        <source>The password and its repetition differ.</source>
        <translation>Le mot de passe et sa répétition diffèrent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the user…</source>
        <translation>Création de l&apos;utilisateur…</translation>
    </message>
</context>
<context>
    <name>cs::ui::DocumentsModel</name>
    <message>
        <location filename="../src/ui/orders/documentsmodel.cpp" line="+35"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved drawing</source>
        <translation>Plan approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded by</source>
        <translation>Déposé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded</source>
        <translation>Déposé le</translation>
    </message>
</context>
<context>
    <name>cs::ui::HomeWidget</name>
    <message>
        <location filename="../src/ui/shell/homewidget.cpp" line="+46"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>Build</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>PO</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+86"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+60"/>
        <source>Want date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>BOMs awaiting approval</source>
        <translation>Nomenclatures à approuver</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>BOM version</source>
        <translation>Version de nomenclature</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Production checks</source>
        <translation>Contrôles de production</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed (attempt %1)</source>
        <translation>échoué (essai %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt %1 open</source>
        <translation>essai %1 ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packaging</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the test</source>
        <translation>après le test</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Generated</source>
        <translation>Générée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique parts</source>
        <translation>Pièces distinctes</translation>
    </message>
    <message numerus="yes">
        <location line="+316"/>
        <source>%n row; the list stops at the oldest want dates</source>
        <translation>
            <numerusform>%n ligne ; la liste s&apos;arrête aux dates souhaitées les plus anciennes</numerusform>
            <numerusform>%n lignes ; la liste s&apos;arrête aux dates souhaitées les plus anciennes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows; the list stops at the oldest want dates</source>
        <translation>
            <numerusform>%n ligne ; la liste s&apos;arrête aux dates souhaitées les plus anciennes</numerusform>
            <numerusform>%n lignes ; la liste s&apos;arrête aux dates souhaitées les plus anciennes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+15"/>
        <location line="+207"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-540"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>%n item to confirm</source>
        <translation>
            <numerusform>%n article à confirmer</numerusform>
            <numerusform>%n articles à confirmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n items to confirm</source>
        <translation>
            <numerusform>%n article à confirmer</numerusform>
            <numerusform>%n articles à confirmer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 × %2, %3 approved</source>
        <translation>%1 × %2, quantité approuvée : %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parts sent, waiting for arrival</source>
        <translation>Pièces envoyées, en attente de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting Pre-QC</source>
        <translation>En attente du pré-contrôle qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting Final QC</source>
        <translation>En attente du contrôle qualité final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production queue</source>
        <translation>File de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My builds</source>
        <translation>Mes fabrications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service parts</source>
        <translation>Pièces de rechange</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Service requests</source>
        <translation>Demandes de service</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Processed</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My service requests</source>
        <translation>Mes demandes de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>%1: could not be read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2+)</source>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>cs::ui::ItemViewText</name>
    <message>
        <location filename="../src/ui/common/itemviewtext.cpp" line="+243"/>
        <location line="+50"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>cs::ui::LabelPrinting</name>
    <message>
        <location filename="../src/ui/printing/labelprinting.cpp" line="+32"/>
        <location line="+32"/>
        <source>The labels cannot be made: %1</source>
        <translation>Les étiquettes ne peuvent pas être créées : %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Labels of build %1</source>
        <translation>Étiquettes de la fabrication %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The labels could not be drawn: %1</source>
        <translation>Les étiquettes n&apos;ont pas pu être dessinées : %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::LockDialog</name>
    <message>
        <location filename="../src/ui/shell/lockdialog.cpp" line="+53"/>
        <source>That password is not correct.</source>
        <translation>Ce mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached, so the password cannot be checked. Try again in a moment.</source>
        <translation>Le serveur est injoignable, le mot de passe ne peut donc pas être vérifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workstation cannot be unlocked for this account. Switch user instead.</source>
        <translation>Le poste ne peut pas être déverrouillé pour ce compte. Changez plutôt d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2) is logged in. Enter your password to continue where you left off, or switch user.</source>
        <translation>%1 (%2) est connecté. Saisissez votre mot de passe pour reprendre là où vous en étiez, ou changez d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>cs::ui::LoginDialog</name>
    <message>
        <location filename="../src/ui/shell/logindialog.cpp" line="+38"/>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>This computer has no password keychain, so CleanStation cannot remember passwords here. Type your password each time.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe : CleanStation ne peut donc pas mémoriser les mots de passe ici. Saisissez votre mot de passe à chaque fois.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Enter a name, host and database for the server.</source>
        <translation>Saisissez un nom, un hôte et une base de données pour le serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The user name or password is not correct. Check both (is Caps Lock on?) and try again.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect. Vérifiez les deux (la touche Verr. Maj est-elle activée ?) et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the server %1 on port %2. Check the network connection and the server name, or ask IT whether the server is running.</source>
        <translation>Impossible de joindre le serveur %1 sur le port %2. Vérifiez la connexion réseau et le nom du serveur, ou demandez au service informatique si le serveur fonctionne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 did not answer within %2 seconds. It may be very busy (at the start of a shift) or not working properly: try again in a minute, and if it happens again, ask IT.</source>
        <translation>Le serveur %1 n&apos;a pas répondu dans les %2 secondes. Il est peut-être très occupé (en début d&apos;équipe) ou ne fonctionne pas correctement : réessayez dans une minute et, si cela se reproduit, prévenez le service informatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure (TLS) connection to the server could not be set up. Check the encryption setting and the CA certificate in the connection details, or ask IT.</source>
        <translation>La connexion sécurisée (TLS) au serveur n&apos;a pas pu être établie. Vérifiez le réglage du chiffrement et le certificat de l&apos;AC dans les détails de la connexion, ou demandez au service informatique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no database named &quot;%1&quot;. Check the database name in the connection details.</source>
        <translation>Le serveur n&apos;a pas de base de données nommée « %1 ». Vérifiez le nom de la base dans les détails de la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is older than this version of CleanStation (database version %1, this program needs %2). Ask your administrator to update the database.</source>
        <translation>La base de données est plus ancienne que cette version de CleanStation (version de la base %1, ce programme nécessite la %2). Demandez à votre administrateur de mettre à jour la base.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is newer than this version of CleanStation (database version %1, this program knows %2). Install the current version of CleanStation.</source>
        <translation>La base de données est plus récente que cette version de CleanStation (version de la base %1, ce programme connaît la %2). Installez la version actuelle de CleanStation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database structure does not match this version of CleanStation (it was changed or set up by a different version). Ask your administrator to check the database before anyone uses it.</source>
        <translation>La structure de la base de données ne correspond pas à cette version de CleanStation (elle a été modifiée ou installée par une autre version). Demandez à votre administrateur de vérifier la base avant toute utilisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account is deactivated. Ask an administrator if you need access again.</source>
        <translation>Votre compte est désactivé. Adressez-vous à un administrateur si vous avez de nouveau besoin d&apos;un accès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This login has no CleanStation role. Ask an administrator to set up your account.</source>
        <translation>Cet identifiant n&apos;a pas de rôle CleanStation. Demandez à un administrateur de configurer votre compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login failed for an unexpected reason. The details are in the log file %1.</source>
        <translation>La connexion a échoué pour une raison inattendue. Les détails se trouvent dans le fichier journal %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Off (not recommended)</source>
        <translation>Désactivé (déconseillé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use if the server offers it</source>
        <translation>Utiliser si le serveur le propose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, verify the server&apos;s CA</source>
        <translation>Obligatoire, vérifier l&apos;AC du serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required, verify CA and host name</source>
        <translation>Obligatoire, vérifier l&apos;AC et le nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <location filename="../src/ui/shell/mainwindow.cpp" line="+101"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Unfinished order</source>
        <translation>Commande non terminée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An order you had not submitted (PO %1) was kept on %2. Continue it now?</source>
        <translation>Une commande que vous n&apos;aviez pas soumise (bon de commande %1) a été conservée le %2. La reprendre maintenant ?</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An order you had not submitted (PO %1) was kept on %2. Only one unfinished order is kept: continue it, or discard it and start a new order?</source>
        <translation>Une commande que vous n&apos;aviez pas soumise (bon de commande %1) a été conservée le %2. Une seule commande inachevée est conservée : la poursuivre, ou la supprimer et commencer une nouvelle commande ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Continue the order</source>
        <translation>&amp;Reprendre la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard it and start a new order</source>
        <translation>&amp;Le supprimer et commencer une nouvelle commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard it</source>
        <translation>&amp;L&apos;abandonner</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Looking for order %1…</source>
        <translation>Recherche de la commande %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for build %1…</source>
        <translation>Recherche de la fabrication %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>build %1</source>
        <translation>fabrication %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server cannot be reached right now. Try again when the connection is back.</source>
        <translation>Le serveur est injoignable pour le moment. Réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record cannot be shown to you.</source>
        <translation>Cet enregistrement ne peut pas vous être affiché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No order %1 was found.</source>
        <translation>La commande %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No build with number %1 was found.</source>
        <translation>Aucune fabrication portant le numéro %1 n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned code: %1</source>
        <translation>Code scanné : %1</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Open by code</source>
        <translation>Ouvrir par code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build number, or a scanned code (CS:B:…, CS:O:…, CS:P:…):</source>
        <translation>Numéro de fabrication, ou code scanné (CS:B:…, CS:O:…, CS:P:…) :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connection to the server is back.</source>
        <translation>La connexion au serveur est rétablie.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Build %1 is now &quot;%2&quot; (forced; the reason is in its history).</source>
        <translation>La fabrication %1 est maintenant à l&apos;état « %2 » (forcé ; le motif est dans son historique).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 was deleted; the deletion record keeps the reason.</source>
        <translation>La fabrication %1 a été supprimée ; la fiche de suppression garde le motif.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CleanStation Production – %1 (%2)</source>
        <translation>CleanStation Production – %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection to the server</source>
        <translation>Pas de connexion au serveur</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The server %1 cannot be reached. Your work on screen is kept; actions that need the server are off until the connection is back. Trying again in %n second.</source>
        <translation>
            <numerusform>Le serveur %1 est injoignable. Votre travail à l&apos;écran est conservé ; les actions qui demandent le serveur sont désactivées jusqu&apos;au rétablissement de la connexion. Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Le serveur %1 est injoignable. Votre travail à l&apos;écran est conservé ; les actions qui demandent le serveur sont désactivées jusqu&apos;au rétablissement de la connexion. Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server %1 cannot be reached. Your work on screen is kept; actions that need the server are off until the connection is back. Trying again in %n seconds.</source>
        <translation>
            <numerusform>Le serveur %1 est injoignable. Votre travail à l&apos;écran est conservé ; les actions qui demandent le serveur sont désactivées jusqu&apos;au rétablissement de la connexion. Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Le serveur %1 est injoignable. Votre travail à l&apos;écran est conservé ; les actions qui demandent le serveur sont désactivées jusqu&apos;au rétablissement de la connexion. Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderAdminDialog</name>
    <message>
        <location filename="../src/ui/admin/orderadmindialog.cpp" line="+32"/>
        <source>The connection to the server was lost: the change to build %1 may or may not have been made. Find the build again and look before trying again.</source>
        <translation>La connexion au serveur a été perdue : la modification de la fabrication %1 a pu être faite ou non. Recherchez de nouveau la fabrication et vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed build %1 after it was read. It was read again: check its status and try again.</source>
        <translation>Quelqu&apos;un a modifié la fabrication %1 après sa lecture. Elle a été relue : vérifiez son état et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+251"/>
        <source>Give a reason of at least %1 characters.</source>
        <translation>Indiquez un motif d&apos;au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Only an administrator may do this.</source>
        <translation>Seul un administrateur peut faire cela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build %1 no longer exists.</source>
        <translation>La fabrication %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Force the status of a build</source>
        <translation>Forcer l&apos;état d&apos;une fabrication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete a build</source>
        <translation>Supprimer une fabrication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build number, e.g. B-24021-1</source>
        <translation>Numéro de fabrication, p. ex. B-24021-1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why the status is forced (kept in the build&apos;s history)</source>
        <translation>Pourquoi l&apos;état est forcé (conservé dans l&apos;historique de la fabrication)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the build is deleted (kept in the deletion record)</source>
        <translation>Pourquoi la fabrication est supprimée (conservé dans la fiche de suppression)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force status…</source>
        <translation>&amp;Forcer l&apos;état…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete build…</source>
        <translation>&amp;Supprimer la fabrication…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Build:</source>
        <translation>Fa&amp;brication :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New status:</source>
        <translation>&amp;Nouvel état :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type the number of the build.</source>
        <translation>Saisissez le numéro de la fabrication.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading build %1…</source>
        <translation>Lecture de la fabrication %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no build %1.</source>
        <translation>Il n&apos;existe pas de fabrication %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a build number and press Enter.</source>
        <translation>Saisissez un numéro de fabrication et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Build %1 of PO %2 · %3
Status: %4</source>
        <translation>Fabrication %1 du bon de commande %2 · %3
État : %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build %1 of PO %2 · %3
Status: %4 · assigned to %5</source>
        <translation>Fabrication %1 du bon de commande %2 · %3
État : %4 · affectée à %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is the only build of PO %1: the purchase order is deleted with it.</source>
        <translation>C&apos;est la seule fabrication du bon de commande %1 : le bon de commande est supprimé avec elle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PO %1 keeps its other build.</source>
        <translation>Le bon de commande %1 garde son autre fabrication.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PO %1 keeps its other %n builds.</source>
        <translation>
            <numerusform>Le bon de commande %1 garde ses %n autres fabrications.</numerusform>
            <numerusform>Le bon de commande %1 garde ses %n autres fabrications.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Force build %1 from &quot;%2&quot; to &quot;%3&quot;?

The workflow&apos;s checks and signatures are skipped. The change is flagged in the build&apos;s history with your name and the reason.</source>
        <translation>Forcer le passage de la fabrication %1 de « %2 » à « %3 » ?

Les contrôles et les signatures du circuit sont ignorés. Le changement est signalé dans l&apos;historique de la fabrication avec votre nom et le motif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete build %1 (PO %2, %3)?

The order, its BOMs, history and documents are removed. A deletion record keeps your name, the reason, the order and its history. This cannot be undone in the program.</source>
        <translation>Supprimer la fabrication %1 (bon de commande %2, %3) ?

La commande, ses nomenclatures, son historique et ses documents sont supprimés. Une fiche de suppression garde votre nom, le motif, la commande et son historique. Cette suppression ne peut pas être annulée dans le programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase order %1 is deleted with it.</source>
        <translation>Le bon de commande %1 est supprimé avec elle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Force status</source>
        <translation>Forcer l&apos;état</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete build</source>
        <translation>Supprimer la fabrication</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find the build first.</source>
        <translation>Recherchez d&apos;abord la fabrication.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderBoardModel</name>
    <message>
        <location filename="../src/ui/orders/orderboardmodel.cpp" line="+40"/>
        <source>PO</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Late: the want date has passed and the build has not shipped.</source>
        <translation>En retard : la date souhaitée est dépassée et la fabrication n&apos;est pas expédiée.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderBoardWidget</name>
    <message>
        <location filename="../src/ui/orders/orderboardwidget.cpp" line="+127"/>
        <source>Export travelers PDF</source>
        <translation>Exporter les fiches suiveuses en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n build shown; scroll for more</source>
        <translation>
            <numerusform>%n fabrication affichée ; faites défiler pour voir la suite</numerusform>
            <numerusform>%n fabrications affichées ; faites défiler pour voir la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n builds shown; scroll for more</source>
        <translation>
            <numerusform>%n fabrication affichée ; faites défiler pour voir la suite</numerusform>
            <numerusform>%n fabrications affichées ; faites défiler pour voir la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n build</source>
        <translation>
            <numerusform>%n fabrication</numerusform>
            <numerusform>%n fabrications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n builds</source>
        <translation>
            <numerusform>%n fabrication</numerusform>
            <numerusform>%n fabrications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print travelers…</source>
        <translation>&amp;Imprimer les fiches suiveuses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export travelers PDF…</source>
        <translation>&amp;Exporter les fiches suiveuses en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderBomTab</name>
    <message>
        <location filename="../src/ui/orders/orderbomtab.cpp" line="+84"/>
        <source>This build has no generated BOM.</source>
        <translation>Cette fabrication n&apos;a pas de nomenclature générée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BOM version %1, awaiting approval · lines: %4 · generated %2 from catalog revision %3</source>
        <translation>Nomenclature version %1, en attente d&apos;approbation · lignes : %4 · générée le %2 à partir de la révision %3 du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM version %1, approved · lines: %4 · generated %2 from catalog revision %3</source>
        <translation>Nomenclature version %1, approuvée · lignes : %4 · générée le %2 à partir de la révision %3 du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM version %1, rejected · lines: %4 · generated %2 from catalog revision %3</source>
        <translation>Nomenclature version %1, refusée · lignes : %4 · générée le %2 à partir de la révision %3 du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM version %1 · lines: %4 · generated %2 from catalog revision %3</source>
        <translation>Nomenclature version %1 · lignes : %4 · générée le %2 à partir de la révision %3 du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 approved by %2 on %3 — “%4”</source>
        <translation>Version %1 approuvée par %2 le %3 — « %4 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 rejected by %2 on %3 — “%4”</source>
        <translation>Version %1 refusée par %2 le %3 — « %4 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This decision was on an earlier version; the current version needs its own approval.</source>
        <translation>Cette décision portait sur une version antérieure ; la version actuelle doit être approuvée à son tour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No approval decision yet.</source>
        <translation>Pas encore de décision d&apos;approbation.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the BOM…</source>
        <translation>Vérification de la nomenclature…</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderDocumentsTab</name>
    <message>
        <location filename="../src/ui/orders/orderdocumentstab.cpp" line="+30"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the document being transferred is done, then try again.</source>
        <translation>Attendez la fin du transfert du document en cours, puis réessayez.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the server cannot be reached right now. Try again when the connection is back.</source>
        <translation>%1 : le serveur est injoignable pour le moment. Réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: your role may not do this.</source>
        <translation>%1 : votre rôle ne permet pas de le faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not attached: wait until the order has loaded, then attach “%1” again.</source>
        <translation>Non joint : attendez que la commande soit chargée, puis joignez de nouveau « %1 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attaching “%1” (%2 MB)…</source>
        <translation>Ajout de « %1 » (%2 Mo)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” attached.</source>
        <translation>« %1 » joint.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” may not have been attached: the connection was lost before the server confirmed it. Check the list of documents when the connection is back.</source>
        <translation>« %1 » n&apos;a peut-être pas été joint : la connexion a été perdue avant que le serveur ne le confirme. Vérifiez la liste des documents quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” may not have been attached: the server did not confirm it. Check the list of documents.</source>
        <translation>« %1 » n&apos;a peut-être pas été joint : le serveur ne l&apos;a pas confirmé. Vérifiez la liste des documents.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was not attached</source>
        <translation>« %1 » n&apos;a pas été joint</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” cannot be opened: the folder %2 cannot be made.</source>
        <translation>« %1 » ne peut pas être ouvert : le dossier %2 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening “%1” (%2 MB)…</source>
        <translation>Ouverture de « %1 » (%2 Mo)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving a copy of “%1” (%2 MB)…</source>
        <translation>Enregistrement d&apos;une copie de « %1 » (%2 Mo)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be opened</source>
        <translation>« %1 » n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copy of “%1” was saved</source>
        <translation>Aucune copie de « %1 » n&apos;a été enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: it is no longer stored with this order. Reload to see its documents.</source>
        <translation>%1 : il n&apos;est plus enregistré avec cette commande. Rechargez pour voir ses documents.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no program on this computer to open %1.</source>
        <translation>Aucun programme de cet ordinateur ne peut ouvrir %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” opened.</source>
        <translation>« %1 » ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy to %1.</source>
        <translation>Copie enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderHistoryTab</name>
    <message>
        <location filename="../src/ui/orders/orderhistorytab.cpp" line="+40"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forced by an administrator, outside the normal workflow.</source>
        <translation>Forcé par un administrateur, hors du circuit normal.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderOverviewTab</name>
    <message>
        <location filename="../src/ui/orders/orderoverviewtab.cpp" line="+125"/>
        <location line="+18"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assigned.</source>
        <translation>Non affectée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1.</source>
        <translation>Affectée à %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Move to “%1”</source>
        <translation>Passer à « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a note (the reason).</source>
        <translation>Nécessite une remarque (le motif).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The order can be edited only while it is “Order created”.</source>
        <translation>La commande ne peut être modifiée que tant qu&apos;elle est « Commande créée ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only coordinators edit orders.</source>
        <translation>Seuls les coordinateurs modifient les commandes.</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderPage</name>
    <message>
        <location filename="../src/ui/orders/orderpage.cpp" line="+905"/>
        <source>Export BOM as CSV</source>
        <translation>Exporter la nomenclature en CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export BOM as PDF</source>
        <translation>Exporter la nomenclature en PDF</translation>
    </message>
    <message>
        <location line="-762"/>
        <location line="+766"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-768"/>
        <source>Export traveler PDF</source>
        <translation>Exporter la fiche suiveuse en PDF</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>This order no longer exists; it may have been deleted.</source>
        <translation>Cette commande n&apos;existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order could not be loaded: the server cannot be reached right now. It is read again when the connection is back.</source>
        <translation>La commande n&apos;a pas pu être chargée : le serveur est injoignable pour le moment. Elle sera relue quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order cannot be shown to you.</source>
        <translation>Cette commande ne peut pas vous être affichée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order could not be loaded: %1</source>
        <translation>La commande n&apos;a pas pu être chargée : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the order…</source>
        <translation>Chargement de la commande…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order not loaded</source>
        <translation>Commande non chargée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Build %1 — PO %2</source>
        <translation>Fabrication %1 — bon de commande %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build %1</source>
        <translation>Fabrication %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late: wanted %1</source>
        <translation>En retard : souhaitée le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PO %1 · %2%3 · created %4 by %5 · updated %6</source>
        <translation>Bon de commande %1 · %2%3 · créée le %4 par %5 · mise à jour le %6</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a build Ready for production can be claimed (this one is %1).</source>
        <translation>Seule une fabrication Prête pour la production peut être prise (celle-ci est %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds this build; the coordinator can assign it to you.</source>
        <translation>%1 a cette fabrication ; le coordinateur peut vous l&apos;attribuer.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Final QC checklist…</source>
        <translation>Liste du contrôle qualité final…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC checklist…</source>
        <translation>Liste du pré-contrôle qualité…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assembler&apos;s bench…</source>
        <translation>Poste du monteur…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final QC</source>
        <translation>Contrôle qualité final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production checklist</source>
        <translation>Liste de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-line test</source>
        <translation>Test de fin de ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-QC</source>
        <translation>Pré-contrôle qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, signed by %2 on %3</source>
        <translation>%1, signé par %2 le %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <location line="+3"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+211"/>
        <location line="+3"/>
        <source>FAIL</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>%1 attempt %2, revision %3: %4</source>
        <translation>%1 tentative %2, révision %3 : %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QC records (%1)</source>
        <translation>Fiches de contrôle qualité (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wait until the change that runs now is done, then try again.</source>
        <translation>Attendez la fin de la modification en cours, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the order has loaded, then try again.</source>
        <translation>Attendez que la commande soit chargée, puis réessayez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: wait until the order has loaded, then save again.</source>
        <translation>Non enregistré : attendez que la commande soit chargée, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving build %1…</source>
        <translation>Enregistrement de la fabrication %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reloaded: your changes were discarded.</source>
        <translation>Rechargé : vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: build %1 was changed by someone else. Your edits are still here.</source>
        <translation>Non enregistré : la fabrication %1 a été modifiée par quelqu&apos;un d&apos;autre. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moving to “%1” needs a note: say why in the note field.</source>
        <translation>Passer à « %1 » nécessite une remarque : indiquez pourquoi dans le champ de remarque.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not moved: build %1 stays “%2”.</source>
        <translation>Pas de changement : la fabrication %1 reste à « %2 ».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not moved: build %1 changed while you were confirming. Look at it again and repeat the move if it still applies.</source>
        <translation>Pas de changement : la fabrication %1 a été modifiée pendant que vous confirmiez. Consultez-la de nouveau et refaites le changement s&apos;il s&apos;applique toujours.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the build passed Final QC; the ship date below is recorded with the move.</source>
        <translation>la fabrication a passé le contrôle qualité final ; la date d&apos;expédition ci-dessous est enregistrée avec le changement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your reason (the note) is required and kept.</source>
        <translation>votre motif (la remarque) est obligatoire et conservé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no signed record is needed for this move.</source>
        <translation>aucune fiche signée n&apos;est nécessaire pour ce changement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BOM version %1 approved and signed by %2 on %3.</source>
        <translation>nomenclature version %1 approuvée et signée par %2 le %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the BOM of build %1 is not approved yet; it must be approved and signed first.</source>
        <translation>la nomenclature de la fabrication %1 n&apos;est pas encore approuvée ; elle doit d&apos;abord être approuvée et signée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve and sign the BOM…</source>
        <translation>&amp;Approuver et signer la nomenclature…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre-QC checklist</source>
        <translation>liste du pré-contrôle qualité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final QC checklist</source>
        <translation>liste du contrôle qualité final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end-of-line test</source>
        <translation>test de fin de ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 attempt %2 signed %3 by %4 on %5.</source>
        <translation>%1, tentative %2, signée %3 par %4 le %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>build %1 has no signed %2 %3 as its latest result; the checklist must be signed first.</source>
        <translation>le dernier résultat de la fabrication %1 (%2) n&apos;est pas un résultat %3 signé ; la liste doit d&apos;abord être signée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the %1…</source>
        <translation>&amp;Ouvrir la %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shipped ends the build&apos;s workflow; nobody acts on it after this.</source>
        <translation>« Expédié » termine le circuit de la fabrication ; personne n&apos;intervient plus dessus ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody but an administrator moves the build on from “%1”.</source>
        <translation>Seul un administrateur peut faire avancer la fabrication depuis « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who acts next: %1 (the build shows in their lists as “%2”).</source>
        <translation>Qui intervient ensuite : %1 (la fabrication apparaît dans leurs listes à l&apos;état « %2 »).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shipped: build %1 is recorded as shipped.</source>
        <translation>Expédié : la fabrication %1 est enregistrée comme expédiée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipping build %1…</source>
        <translation>Expédition de la fabrication %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving build %1 to “%2”…</source>
        <translation>Passage de la fabrication %1 à « %2 »…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Moved to “%1”.</source>
        <translation>Passée à « %1 ».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Shipped on %1</source>
        <translation>Expédiée le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrier not given</source>
        <translation>transporteur non indiqué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>carrier %1</source>
        <translation>transporteur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tracking number</source>
        <translation>pas de numéro de suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tracking %1</source>
        <translation>suivi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by %1 on %2</source>
        <translation>enregistré par %1 le %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving the assignment of build %1…</source>
        <translation>Enregistrement de l&apos;affectation de la fabrication %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assignment saved.</source>
        <translation>Affectation enregistrée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claiming build %1…</source>
        <translation>Prise de la fabrication %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You claimed build %1.</source>
        <translation>Vous avez pris la fabrication %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking BOM version %1 of build %2: regenerating it from the stored configuration…</source>
        <translation>Vérification de la version %1 de la nomenclature de la fabrication %2 : régénération à partir de la configuration enregistrée…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this window has no catalog to regenerate the BOM with</source>
        <translation>cette fenêtre n&apos;a pas de catalogue avec lequel régénérer la nomenclature</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not approved: the BOM of build %1 changed while it was being checked. Look at the new version and approve it again.</source>
        <translation>Non approuvée : la nomenclature de la fabrication %1 a changé pendant sa vérification. Examinez la nouvelle version et approuvez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>BOM approved</source>
        <translation>Nomenclature approuvée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BOM rejected</source>
        <translation>Nomenclature refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM version %1 of build %2, SHA-256 %3</source>
        <translation>Nomenclature version %1 de la fabrication %2, SHA-256 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait until the change that runs now is done, then sign again.</source>
        <translation>Attendez la fin de la modification en cours, puis signez de nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking your password and signing BOM version %1…</source>
        <translation>Vérification de votre mot de passe et signature de la version %1 de la nomenclature…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BOM version %1 approved and signed.</source>
        <translation>Nomenclature version %1 approuvée et signée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM version %1 rejected (signed).</source>
        <translation>Nomenclature version %1 refusée (signée).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Wait until the order has loaded and no print runs, then try again.</source>
        <translation>Attendez que la commande soit chargée et qu&apos;aucune impression ne soit en cours, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the traveler of build %1…</source>
        <translation>Écriture de la fiche suiveuse de la fabrication %1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>build %1 was changed by someone else since you opened it. Reload to see the latest version</source>
        <translation>la fabrication %1 a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Rechargez pour voir la dernière version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this order no longer exists; it may have been deleted</source>
        <translation>cette commande n&apos;existe plus ; elle a peut-être été supprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build %1 can be edited only while it is “%2”</source>
        <translation>la fabrication %1 ne peut être modifiée que tant qu&apos;elle est « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the BOM of build %1 is not approved yet; it must be approved (signed) first</source>
        <translation>la nomenclature de la fabrication %1 n&apos;est pas encore approuvée ; elle doit d&apos;abord être approuvée (signée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this needs a note: say why</source>
        <translation>une remarque est nécessaire : indiquez pourquoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password is not correct; nothing was signed</source>
        <translation>le mot de passe est incorrect ; rien n&apos;a été signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the initials do not match your profile; nothing was signed</source>
        <translation>les initiales ne correspondent pas à votre profil ; rien n&apos;a été signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature needs your password again; nothing was signed</source>
        <translation>la signature nécessite de nouveau votre mot de passe ; rien n&apos;a été signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the BOM of build %1 has been decided already; reload to see the decision</source>
        <translation>la décision sur la nomenclature de la fabrication %1 a déjà été prise ; rechargez pour la voir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a newer BOM version of build %1 replaced this one; reload to see it</source>
        <translation>une version plus récente de la nomenclature de la fabrication %1 a remplacé celle-ci ; rechargez pour la voir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed: the connection to the server was lost before it answered, so the change may or may not have been made. Reload when the connection is back to see which.</source>
        <translation>Non confirmé : la connexion au serveur a été perdue avant sa réponse ; la modification a donc pu être faite ou non. Rechargez quand la connexion sera rétablie pour le savoir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM</source>
        <translation>Nomenclature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+11"/>
        <source>BOM exported to %1.</source>
        <translation>Nomenclature exportée vers %1.</translation>
    </message>
    <message>
        <location line="-649"/>
        <location line="+774"/>
        <source>Server code %1 (SQLSTATE %2)</source>
        <translation>Code serveur %1 (SQLSTATE %2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::OrderWizard</name>
    <message>
        <location filename="../src/ui/wizard/orderwizard.cpp" line="+65"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Submit order</source>
        <translation>&amp;Soumettre la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No BOM preview: %1</source>
        <translation>Pas d&apos;aperçu de nomenclature : %1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Faucet %1: choose where it goes.</source>
        <translation>Robinet %1 : choisissez son emplacement.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The order has been sent and the server is storing it. Wait for its answer before closing the wizard.</source>
        <translation>La commande a été envoyée et le serveur l&apos;enregistre. Attendez sa réponse avant de fermer l&apos;assistant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitting was stopped before anything was sent; nothing was stored. Submit the order again when you are ready.</source>
        <translation>La soumission a été interrompue avant tout envoi ; rien n&apos;a été enregistré. Soumettez de nouveau la commande quand vous serez prêt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The catalog is not loaded yet; wait a moment and submit again.</source>
        <translation>Le catalogue n&apos;est pas encore chargé ; patientez un instant puis soumettez de nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step 1 of 2 · Preparing the order… Nothing has been sent yet; Cancel stops it.</source>
        <translation>Étape 1 sur 2 · Préparation de la commande… Rien n&apos;a encore été envoyé ; Annuler l&apos;interrompt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step 1 of 2 · Reading “%1”: %2 of %3 MB. Nothing has been sent yet; Cancel stops it.</source>
        <translation>Étape 1 sur 2 · Lecture de « %1 » : %2 sur %3 Mo. Rien n&apos;a encore été envoyé ; Annuler l&apos;interrompt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Step 2 of 2 · Sending the order to the server and waiting for it to store it (%1 s)…</source>
        <translation>Étape 2 sur 2 · Envoi de la commande au serveur et attente de son enregistrement (%1 s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 2 · Sending the order with its documents (%1 MB) to the server and waiting for it to store them (%2 s)…</source>
        <translation>Étape 2 sur 2 · Envoi de la commande et de ses documents (%1 Mo) au serveur et attente de leur enregistrement (%2 s)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The connection to the server was lost while the order was being stored, so it may or may not have been stored. Look for PO %1 on the order board before you submit it again. The order is kept as a draft on this computer.</source>
        <translation>La connexion au serveur a été perdue pendant l&apos;enregistrement de la commande : elle a pu être enregistrée ou non. Cherchez le bon de commande %1 dans le tableau des commandes avant de la soumettre de nouveau. La commande est conservée comme brouillon sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server refused the order (%1).</source>
        <translation>Le serveur a refusé la commande (%1).</translation>
    </message>
</context>
<context>
    <name>cs::ui::RecordDialog</name>
    <message>
        <location filename="../src/ui/shell/recorddialog.cpp" line="+38"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The server cannot be reached right now. Try again when the connection is back.</source>
        <translation>Le serveur est injoignable pour le moment. Réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record cannot be shown to you.</source>
        <translation>Cet enregistrement ne peut pas vous être affiché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No build with number %1 was found.</source>
        <translation>Aucune fabrication portant le numéro %1 n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order %1 was found.</source>
        <translation>La commande %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No part or assembly %1 was found.</source>
        <translation>Aucune pièce ni aucun assemblage %1 n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Build:</source>
        <translation>Fabrication :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>PO:</source>
        <translation>Bon de commande :</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sales person:</source>
        <translation>Commercial :</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Want date:</source>
        <translation>Date souhaitée :</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Assignee:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sink:</source>
        <translation>Évier :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Build %1</source>
        <translation>Fabrication %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Builds:</source>
        <translation>Fabrications :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Build</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Builds</source>
        <translation>Fabrications</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Item:</source>
        <translation>Article :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Item %1</source>
        <translation>Article %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReworkPanel</name>
    <message>
        <location filename="../src/ui/assembly/reworkpanel.cpp" line="+39"/>
        <source>%1, basin %2</source>
        <translation>%1, bac %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add a &amp;photo…</source>
        <translation>Ajouter une &amp;photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;work done…</source>
        <translation>&amp;Reprise terminée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done (the rework&apos;s notes, for the record and the inspector):</source>
        <translation>Ce &amp;qui a été fait (les remarques de la reprise, pour la fiche et pour l&apos;inspecteur) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters, e.g. “Drain valve of basin 1 replaced, new gasket.”</source>
        <translation>Au moins 10 caractères, p. ex. « Vanne de vidange du bac 1 remplacée, joint neuf. »</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Category: %1 · Severity: %2</source>
        <translation>Catégorie : %1 · Gravité : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+272"/>
        <source>Notes: %1</source>
        <translation>Remarques : %1</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inspector marked no single item; see the reason above.</source>
        <translation>L&apos;inspecteur n&apos;a marqué aucun point en particulier ; voir le motif ci-dessus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rework done by %1, %2: %3</source>
        <translation>Reprise faite par %1, %2 : %3</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Final QC failed; the signed result is not on record.</source>
        <translation>Contrôle qualité final non conforme ; le résultat signé n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-QC failed; the signed result is not on record.</source>
        <translation>Pré-contrôle qualité non conforme ; le résultat signé n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final QC failed (%1, %2): “%3”</source>
        <translation>Contrôle qualité final non conforme (%1, %2) : « %3 »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre-QC failed (%1, %2): “%3”</source>
        <translation>Pré-contrôle qualité non conforme (%1, %2) : « %3 »</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Items the Final QC found</source>
        <translation>Points relevés par le contrôle qualité final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items the Pre-QC found</source>
        <translation>Points relevés par le pré-contrôle qualité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End-of-line tests it touched: %1.</source>
        <translation>Tests de fin de ligne touchés : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Photos of the rework: %n.</source>
        <translation>
            <numerusform>Photos de la reprise : %n.</numerusform>
            <numerusform>Photos de la reprise : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>End-of-line test: %1 — %2</source>
        <translation>Test de fin de ligne : %1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packing: %1</source>
        <translation>Emballage : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write what was done (10 characters at least).</source>
        <translation>Écrivez ce qui a été fait (10 caractères au moins).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the rework &amp;touched (its tests are repeated, its packing items confirmed again):</source>
        <translation>Ce que la reprise a &amp;touché (ses tests sont refaits, ses articles d&apos;emballage confirmés de nouveau) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photos (optional).</source>
        <translation>Aucune photo (facultatif).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Photos: %1</source>
        <translation>Photos : %1</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Wait until the build has loaded.</source>
        <translation>Attendez que la fabrication soit chargée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the assembler who claimed the build, a coordinator or an admin does the rework.</source>
        <translation>Seul le monteur qui a pris la fabrication, un coordinateur ou un administrateur fait la reprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rework is recorded.</source>
        <translation>La reprise est enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the rework: the tests it touched are then repeated and its packing items confirmed again; if it touched neither, the build goes back to Final QC at once.</source>
        <translation>Enregistrez la reprise : les tests qu&apos;elle a touchés sont ensuite refaits et ses articles d&apos;emballage confirmés de nouveau ; si elle n&apos;a touché ni les uns ni les autres, la fabrication revient aussitôt au contrôle qualité final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the rework: the build goes back to Pre-QC.</source>
        <translation>Enregistrez la reprise : la fabrication revient au pré-contrôle qualité.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record &amp;more rework on this failure…</source>
        <translation>&amp;Enregistrer une autre reprise pour cette non-conformité…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packing items the rework touched: &amp;confirm each again once it is packed:</source>
        <translation>Articles d&apos;emballage touchés par la reprise : &amp;confirmez chacun de nouveau une fois emballé :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return to &amp;Final QC</source>
        <translation>Renvoyer au contrôle qualité &amp;final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet: %1</source>
        <translation>Pas encore : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the assembler who claimed the build, a coordinator or an admin returns it.</source>
        <translation>Seul le monteur qui a pris la fabrication, un coordinateur ou un administrateur la renvoie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything the rework touched is repeated: the build can go back to Final QC.</source>
        <translation>Tout ce que la reprise a touché est refait : la fabrication peut revenir au contrôle qualité final.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a photo of the rework</source>
        <translation>Ajouter une photo de la reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (%1)</source>
        <translation>Photos et documents (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attaching %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was not attached</source>
        <translation>%1 n&apos;a pas été joint</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is attached; it goes with the rework&apos;s record.</source>
        <translation>%1 est joint ; il accompagne la fiche de la reprise.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The build goes back to Ready for Pre-QC with these notes.</source>
        <translation>La fabrication revient à « Prêt pour le pré-contrôle qualité » avec ces remarques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It touched no test and no packing: the build goes back to Ready for Final QC now.</source>
        <translation>Elle n&apos;a touché aucun test ni aucun emballage : la fabrication revient maintenant à « Prêt pour le contrôle qualité final ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The build stays in rework until the end-of-line test is repeated and passed (step 3) and the packing items are confirmed again; then “Return to Final QC”.</source>
        <translation>La fabrication reste en reprise jusqu&apos;à ce que le test de fin de ligne soit refait et réussi (étape 3) et que les articles d&apos;emballage soient confirmés de nouveau ; ensuite « Renvoyer au contrôle qualité final ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rework done</source>
        <translation>Reprise terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the rework of build %1?</source>
        <translation>Enregistrer la reprise de la fabrication %1 ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record cannot be changed afterwards.</source>
        <translation>La fiche ne pourra plus être modifiée ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the rework</source>
        <translation>Enregistrer la reprise</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The rework was not recorded</source>
        <translation>La reprise n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rework recorded: build %1 is back for Pre-QC.</source>
        <translation>Reprise enregistrée : la fabrication %1 est de retour au pré-contrôle qualité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rework recorded: build %1 is back for Final QC.</source>
        <translation>Reprise enregistrée : la fabrication %1 est de retour au contrôle qualité final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rework recorded: confirm the packing items it touched again.</source>
        <translation>Reprise enregistrée : confirmez de nouveau les articles d&apos;emballage qu&apos;elle a touchés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rework recorded: repeat the end-of-line test now (step 3).</source>
        <translation>Reprise enregistrée : refaites maintenant le test de fin de ligne (étape 3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was not confirmed</source>
        <translation>%1 n&apos;a pas été confirmé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed again: %1</source>
        <translation>Confirmé de nouveau : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not returned to Final QC</source>
        <translation>Non renvoyée au contrôle qualité final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build %1 is back for Final QC.</source>
        <translation>La fabrication %1 est de retour au contrôle qualité final.</translation>
    </message>
</context>
<context>
    <name>cs::ui::SettingsDialog</name>
    <message>
        <location filename="../src/ui/shell/settingsdialog.cpp" line="+79"/>
        <location line="+1"/>
        <source>System default printer</source>
        <translation>Imprimante par défaut du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 1 in (build label)</source>
        <translation>2 × 1 po (étiquette de fabrication)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 × 2 in</source>
        <translation>3 × 2 po</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 × 2 in</source>
        <translation>4 × 2 po</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 × 6 in (shipping)</source>
        <translation>4 × 6 po (expédition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>62 × 29 mm</source>
        <translation>62 × 29 mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (QC and assembly homes)</source>
        <translation>Automatique (écrans d&apos;accueil qualité et assemblage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>cs::ui::Shell</name>
    <message>
        <location filename="../src/ui/shell/shell.cpp" line="+54"/>
        <source>The scanned code %1 is not a CleanStation code.</source>
        <translation>Le code scanné %1 n&apos;est pas un code CleanStation.</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignatureDialog</name>
    <message>
        <location filename="../src/ui/common/signaturedialog.cpp" line="+21"/>
        <source>A reason is required (at least 3 characters).</source>
        <translation>Un motif est obligatoire (au moins 3 caractères).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing…</source>
        <translation>Signature en cours…</translation>
    </message>
</context>
<context>
    <name>cs::ui::TaskView</name>
    <message>
        <location filename="../src/ui/assembly/taskview.cpp" line="+107"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task list could not be read: %1</source>
        <translation>La liste des tâches est illisible : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the task list…</source>
        <translation>Lecture de la liste des tâches…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build has no task list yet: it is made when the assembler who claimed the build opens it.</source>
        <translation>Cette fabrication n&apos;a pas encore de liste des tâches : elle est créée quand le monteur qui l&apos;a prise l&apos;ouvre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task for this item. Go to a production check to see its instruction, tools and parts.</source>
        <translation>Aucune tâche pour ce point. Allez à un contrôle de production pour voir son instruction, ses outils et ses pièces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, basin %2</source>
        <translation>%1, bac %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task %1 of %2 · %3</source>
        <translation>Tâche %1 sur %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No work instruction explains this check.</source>
        <translation>Aucune instruction de travail n&apos;explique ce contrôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work instruction %1, version %2</source>
        <translation>Instruction de travail %1, version %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts to pick</source>
        <translation>Pièces à prélever</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No parts to pick for this task.</source>
        <translation>Aucune pièce à prélever pour cette tâche.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ToolsDialog</name>
    <message>
        <location filename="../src/ui/admin/toolsdialog.cpp" line="+46"/>
        <source>Choose a &amp;picture…</source>
        <translation>Choisir une &amp;image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (new task lists name it)</source>
        <translation>&amp;Actif (les nouvelles listes des tâches le citent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New tool</source>
        <translation>&amp;Nouvel outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the tool</source>
        <translation>&amp;Enregistrer l&apos;outil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A picture of the tool</source>
        <translation>Une image de l&apos;outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a picture that can be read.</source>
        <translation>%1 n&apos;est pas une image lisible.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The picture was not stored: %1</source>
        <translation>L&apos;image n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The tool was not saved: %1</source>
        <translation>L&apos;outil n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is saved.</source>
        <translation>%1 (%2) est enregistré.</translation>
    </message>
</context>
<context>
    <name>cs::ui::TransitionDialog</name>
    <message>
        <location filename="../src/ui/orders/transitiondialog.cpp" line="+40"/>
        <source>Move build %1 to “%2”?</source>
        <translation>Passer la fabrication %1 à « %2 » ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build %1 moves from “%2” to “%3”.</source>
        <translation>La fabrication %1 passe de « %2 » à « %3 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gate: %1</source>
        <translation>Condition : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gate not met: %1</source>
        <translation>Condition non remplie : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your note, kept in the history: %1</source>
        <translation>Votre remarque, conservée dans l&apos;historique : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change is recorded with your name and the server&apos;s time.</source>
        <translation>Le changement est enregistré avec votre nom et l&apos;heure du serveur.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ship &amp;date</source>
        <translation>&amp;Date d&apos;expédition</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Transporteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tracking number</source>
        <translation>Numéro de &amp;suivi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ship build %1</source>
        <translation>&amp;Expédier la fabrication %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move to “%1”</source>
        <translation>&amp;Passer à « %1 »</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the day the build left the plant.</source>
        <translation>Indiquez le jour où la fabrication a quitté l&apos;usine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ship date cannot be after today (%1).</source>
        <translation>La date d&apos;expédition ne peut pas être postérieure à aujourd&apos;hui (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ship date cannot be before the build was ready for ship (%1).</source>
        <translation>La date d&apos;expédition ne peut pas être antérieure au passage de la fabrication à « Prêt à expédier » (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The carrier and the tracking number have at most %1 characters each.</source>
        <translation>Le transporteur et le numéro de suivi ont au plus %1 caractères chacun.</translation>
    </message>
</context>
<context>
    <name>cs::ui::TravelerPrinting</name>
    <message>
        <location filename="../src/ui/printing/travelerprinting.cpp" line="+56"/>
        <location line="+46"/>
        <source>No build is selected.</source>
        <translation>Aucune fabrication n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The travelers could not be written to %1: %2</source>
        <translation>Les fiches suiveuses n&apos;ont pas pu être écrites dans %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The travelers were not exported: %1</source>
        <translation>Les fiches suiveuses n&apos;ont pas été exportées : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Traveler exported to %1 (reprint %2).</source>
        <translation>Fiche suiveuse exportée dans %1 (réimpression %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traveler exported to %1.</source>
        <translation>Fiche suiveuse exportée dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n travelers exported to %1.</source>
        <translation>
            <numerusform>%n fiche suiveuse exportée dans %1.</numerusform>
            <numerusform>%n fiches suiveuses exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The travelers cannot be made: %1</source>
        <translation>Les fiches suiveuses ne peuvent pas être créées : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Travelers of %n builds</source>
        <translation>
            <numerusform>Fiches suiveuses de %n fabrication</numerusform>
            <numerusform>Fiches suiveuses de %n fabrications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The travelers were printed but their prints were not recorded: %1</source>
        <translation>Les fiches suiveuses ont été imprimées mais leurs impressions n&apos;ont pas été enregistrées : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n traveler printed.</source>
        <translation>
            <numerusform>%n fiche suiveuse imprimée.</numerusform>
            <numerusform>%n fiches suiveuses imprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n travelers printed.</source>
        <translation>
            <numerusform>%n fiche suiveuse imprimée.</numerusform>
            <numerusform>%n fiches suiveuses imprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Traveler of build %1</source>
        <translation>Fiche suiveuse de la fabrication %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Reprints among them: %1.</source>
        <translation>Dont réimpressions : %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+5"/>
        <source>The travelers could not be drawn: %1</source>
        <translation>Les fiches suiveuses n&apos;ont pas pu être dessinées : %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::UserAdminDialog</name>
    <message>
        <location filename="../src/ui/admin/useradmindialog.cpp" line="-62"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate</source>
        <translation>Dés&amp;activer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 can log in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 was reset. Give them the new password in person.</source>
        <translation>Le mot de passe de %1 a été réinitialisé. Remettez-lui le nouveau mot de passe en personne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is now: %2.</source>
        <translation>%1 est désormais : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1 :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New role for %1:</source>
        <translation>Nouveau rôle pour %1 :</translation>
    </message>
    <message>
        <location filename="../src/ui/common/usererrortext.cpp" line="+36"/>
        <source>These initials are already used by another active user. Choose other initials.</source>
        <translation>Ces initiales sont déjà utilisées par un autre utilisateur actif. Choisissez-en d&apos;autres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initials are 1 to 10 letters.</source>
        <translation>Les initiales comportent de 1 à 10 lettres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is already taken on the server. Choose another.</source>
        <translation>Ce nom d&apos;utilisateur existe déjà sur le serveur. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user name has 3 to 63 characters: lower-case letters, digits and _, starting with a letter.</source>
        <translation>Un nom d&apos;utilisateur comporte de 3 à 63 caractères : lettres minuscules, chiffres et _, en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full name is required.</source>
        <translation>Le nom complet est obligatoire.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The password is too weak. Use at least the length the server asks for, with letters and digits.</source>
        <translation>Le mot de passe est trop faible. Respectez au moins la longueur demandée par le serveur, avec des lettres et des chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s rule: %1</source>
        <translation>Règle du serveur : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This e-mail address is already used by another user.</source>
        <translation>Cette adresse e-mail est déjà utilisée par un autre utilisateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot do this to your own account.</source>
        <translation>Vous ne pouvez pas faire cela sur votre propre compte.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no such user (any more). Refresh the list.</source>
        <translation>Cet utilisateur n&apos;existe pas (ou plus). Actualisez la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login is disabled.</source>
        <translation>Cet identifiant est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the change. The details are in the log file.</source>
        <translation>Le serveur a refusé la modification. Les détails se trouvent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPage</name>
    <message>
        <location filename="../src/ui/wizard/wizardpage.cpp" line="+311"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageAccessories</name>
    <message>
        <location filename="../src/ui/wizard/wizardpageaccessories.cpp" line="+30"/>
        <source>Accessories</source>
        <translation>Accessoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4 of 5 · Accessories of each build. Type in the filter and press Enter to add the first match; set the quantity below the list.</source>
        <translation>Étape 4 sur 5 · Accessoires de chaque fabrication. Tapez dans le filtre et appuyez sur Entrée pour ajouter le premier résultat ; réglez la quantité sous la liste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+85"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>702 · Baskets, bins and shelves</source>
        <translation>702 · Paniers, bacs et étagères</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>703 · Holders, plates and hangers</source>
        <translation>703 · Supports, plaques et crochets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>704 · Lighting add-ons</source>
        <translation>704 · Options d&apos;éclairage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>705 · Electronic and digital add-ons</source>
        <translation>705 · Options électroniques et numériques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>707 · Drawers and compartments</source>
        <translation>707 · Tiroirs et compartiments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageOrder</name>
    <message>
        <location filename="../src/ui/wizard/wizardpageorder.cpp" line="+20"/>
        <source>Customer and order</source>
        <translation>Client et commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 5 · Who orders, for when, and in which language the documents are printed.</source>
        <translation>Étape 1 sur 5 · Qui commande, pour quand, et dans quelle langue les documents sont imprimés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1; up to %2 MB each.</source>
        <translation>%1 ; %2 Mo au plus chacun.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Attach a PO document</source>
        <translation>Joindre un bon de commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach a sink drawing</source>
        <translation>Joindre un plan d&apos;évier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 (%3 KB)</source>
        <translation>%1 · %2 (%3 Ko)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO document</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawing</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageReview</name>
    <message>
        <location filename="../src/ui/wizard/wizardpagereview.cpp" line="+51"/>
        <source>Review and submit</source>
        <translation>Vérifier et soumettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5 · Check the order. &quot;Edit&quot; goes back to a step; Submit order stores the order, its frozen BOMs and documents in one go.</source>
        <translation>Étape 5 sur 5 · Vérifiez la commande. « modifier » revient à une étape ; Soumettre la commande enregistre en une fois la commande, ses nomenclatures figées et ses documents.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Ready: the BOMs above are generated from the current catalog (revision %1).</source>
        <translation>Prêt : les nomenclatures ci-dessus sont générées à partir du catalogue actuel (révision %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the BOM…</source>
        <translation>Mise à jour de la nomenclature…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PO number</source>
        <translation>Numéro de bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales person</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not chosen</source>
        <translation>non choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinks</source>
        <translation>Éviers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Build %1 · %2</source>
        <translation>Fabrication %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No configuration.</source>
        <translation>Aucune configuration.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BOM · top-level lines: %1</source>
        <translation>Nomenclature · lignes de premier niveau : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageSelection</name>
    <message>
        <location filename="../src/ui/wizard/wizardpageselection.cpp" line="+20"/>
        <source>Sink selection</source>
        <translation>Choix de l&apos;évier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 5 · The sink family, how many sinks, and the build number of each sink.</source>
        <translation>Étape 2 sur 5 · La famille d&apos;évier, le nombre d&apos;éviers et le numéro de fabrication de chacun.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This sink family is under construction and cannot be configured yet. Choose MDRD to continue.</source>
        <translation>Cette famille d&apos;évier est en cours de développement et ne peut pas encore être configurée. Choisissez MDRD pour continuer.</translation>
    </message>
</context>
<context>
    <name>cs::ui::WizardPageSink</name>
    <message>
        <location filename="../src/ui/wizard/wizardpagesink.cpp" line="+46"/>
        <source>Build %1 · %2%3</source>
        <translation>Fabrication %1 · %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no number)</source>
        <translation>(sans numéro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  — needs attention</source>
        <translation>  — à vérifier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sink configuration</source>
        <translation>Configuration de l&apos;évier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 5 · Body, pegboard, basins, faucets and sprayers of each build. The BOM on the right follows as you type; hover a line to see why it is there.</source>
        <translation>Étape 3 sur 5 · Corps, panneau perforé, bacs, robinets et pistolets de chaque fabrication. La nomenclature à droite suit votre saisie ; survolez une ligne pour savoir pourquoi elle y figure.</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Build %1 · %2</source>
        <translation>Fabrication %1 · %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Added for the E-Sink DI basin; it stays while that basin is E-Sink DI. You may change its placement.</source>
        <translation>Ajouté pour le bac E-Sink DI ; il reste tant que ce bac est un E-Sink DI. Vous pouvez changer son emplacement.</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkInstructionBrowser</name>
    <message>
        <location filename="../src/ui/assembly/workinstructionbrowser.cpp" line="+96"/>
        <source>(the picture could not be read)</source>
        <translation>(l&apos;image est illisible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(picture loading…)</source>
        <translation>(image en cours de chargement…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Picture (click to enlarge)</source>
        <translation>Image (cliquer pour agrandir)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Safety:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkInstructionsDialog</name>
    <message>
        <location filename="../src/ui/admin/workinstructionsdialog.cpp" line="+43"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published, in force</source>
        <translation>Publiée, en vigueur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published, replaced</source>
        <translation>Publiée, remplacée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Import a work instruction file…</source>
        <translation>&amp;Importer un fichier d&apos;instruction de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish this draft…</source>
        <translation>&amp;Publier ce brouillon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools…</source>
        <translation>&amp;Outils…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work instructions</source>
        <translation>Instructions de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each work instruction keeps every version. A build&apos;s task list takes the version in force when it is made and keeps it. A published version never changes: to change an instruction, import a new version and publish it.</source>
        <translation>Chaque instruction de travail garde toutes ses versions. La liste des tâches d&apos;une fabrication prend la version en vigueur quand elle est créée et la garde. Une version publiée ne change jamais : pour changer une instruction, importez une nouvelle version et publiez-la.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Only a draft can be published; this version is published.</source>
        <translation>Seul un brouillon peut être publié ; cette version est publiée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a version to see its steps.</source>
        <translation>Choisissez une version pour voir ses étapes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key and version:</source>
        <translation>Clé et version :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published:</source>
        <translation>Publiée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production checks it explains:</source>
        <translation>Contrôles de production expliqués :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assemblies (parts to pick):</source>
        <translation>Assemblages (pièces à prélever) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools:</source>
        <translation>Outils :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a work instruction</source>
        <translation>Importer une instruction de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work instructions (*.json)</source>
        <translation>Instructions de travail (*.json)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing the pictures of %1 and checking it…</source>
        <translation>Enregistrement des images de %1 et vérification…</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Nothing was stored: %n problem to correct in the file, listed below.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : %n problème à corriger dans le fichier, listé ci-dessous.</numerusform>
            <numerusform>Rien n&apos;a été enregistré : %n problèmes à corriger dans le fichier, listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was stored: %n problems to correct in the file, listed below.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : %n problème à corriger dans le fichier, listé ci-dessous.</numerusform>
            <numerusform>Rien n&apos;a été enregistré : %n problèmes à corriger dans le fichier, listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-99"/>
        <source>step %1: the picture %2 is not a PNG or JPEG file</source>
        <translation>étape %1 : l&apos;image %2 n&apos;est pas un fichier PNG ou JPEG</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>a work instruction</source>
        <translation>une instruction de travail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>step %1: the picture %2 cannot be read: %3</source>
        <translation>étape %1 : l&apos;image %2 est illisible : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1: the picture %2 is larger than %3 MB</source>
        <translation>étape %1 : l&apos;image %2 dépasse %3 Mo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the picture %1: %2</source>
        <translation>l&apos;image %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The work instruction is stored as a draft. Check it, then publish it.</source>
        <translation>L&apos;instruction de travail est enregistrée comme brouillon. Vérifiez-la, puis publiez-la.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Publish version %1?</source>
        <translation>Publier la version %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task lists made from now on will use version %1 of “%2”. Builds that have their task list keep their version. A published version cannot be changed or deleted.</source>
        <translation>Les listes des tâches créées désormais utiliseront la version %1 de « %2 ». Les fabrications qui ont leur liste des tâches gardent leur version. Une version publiée ne peut être ni modifiée ni supprimée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 version %2 is published; new task lists use it.</source>
        <translation>%1 version %2 est publiée ; les nouvelles listes des tâches l&apos;utilisent.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ZplPreviewDialog</name>
    <message>
        <location filename="../src/ui/printing/zplpreviewdialog.cpp" line="+48"/>
        <source>Save ZPL</source>
        <translation>Enregistrer le ZPL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZPL files (*.zpl)</source>
        <translation>Fichiers ZPL (*.zpl)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%1 × %2 dots at %3 dpi · %n copy · %4 bytes of ZPL</source>
        <translation>
            <numerusform>%1 × %2 points à %3 dpi · %n copie · %4 octets de ZPL</numerusform>
            <numerusform>%1 × %2 points à %3 dpi · %n copies · %4 octets de ZPL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 × %2 dots at %3 dpi · %n copies · %4 bytes of ZPL</source>
        <translation>
            <numerusform>%1 × %2 points à %3 dpi · %n copie · %4 octets de ZPL</numerusform>
            <numerusform>%1 × %2 points à %3 dpi · %n copies · %4 octets de ZPL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ZPL was not saved: %1</source>
        <translation>Le ZPL n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZPL saved to %1.</source>
        <translation>ZPL enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a port number.</source>
        <translation>%1 n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the printer&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse de l&apos;imprimante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending to %1:%2…</source>
        <translation>Envoi vers %1:%2…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>4 × 6 in</source>
        <translation>4 × 6 po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 × 2 in</source>
        <translation>4 × 2 po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 1 in</source>
        <translation>2 × 1 po</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZPL preview: %1</source>
        <translation>Aperçu ZPL : %1</translation>
    </message>
</context>
</TS>
