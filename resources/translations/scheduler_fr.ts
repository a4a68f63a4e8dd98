<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AvailabilityEditor</name>
        <message>
            <source>&lt;b&gt;Availability of {what}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Disponibilités de {what}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed slots&lt;/b&gt; of the whole institution</source>
            <translation>&lt;b&gt;Créneaux fermés&lt;/b&gt; de tout l’établissement</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>Click or drag over the grid to paint (or use the arrow keys and Space). Breaks are hatched; dotted cells are closed for everyone.</source>
            <translation>Cliquez ou faites glisser sur la grille pour peindre (ou utilisez les flèches et Espace). Les pauses sont hachurées ; les cellules pointillées sont fermées pour tous.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fermé</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Aucune sélection</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Paint availability of {what}</source>
            <translation>Peindre les disponibilités de {what}</translation>
        </message>
        <message>
            <source>Paint closed slots</source>
            <translation>Peindre les créneaux fermés</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Préféré</translation>
        </message>
        <message>
            <source>Select a row to see its availability.</source>
            <translation>Sélectionnez une ligne pour voir ses disponibilités.</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Indisponible</translation>
        </message>
        <message>
            <source>Undesired</source>
            <translation>Non souhaité</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message numerus="yes">
            <source>%n preferred</source>
            <translation>
                <numerusform>%n préféré</numerusform>
                <numerusform>%n préférés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unavailable</source>
            <translation>
                <numerusform>%n indisponible</numerusform>
                <numerusform>%n indisponibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n undesired</source>
            <translation>
                <numerusform>%n non souhaité</numerusform>
                <numerusform>%n non souhaités</numerusform>
            </translation>
        </message>
        <message>
            <source>A block length</source>
            <translation>Une longueur de bloc</translation>
        </message>
        <message>
            <source>A hard rule must hold; a soft one costs its weight per unit of violation</source>
            <translation>Une règle stricte doit être respectée ; une règle souple coûte son poids par unité d’infraction</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>All groups attend together</source>
            <translation>Tous les groupes assistent ensemble</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>S’applique à</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilités</translation>
        </message>
        <message>
            <source>Block lengths per component, e.g. 'L 2+2, P 3'; empty: the default cut</source>
            <translation>Longueurs des blocs par composante, p. ex. « L 2+2, P 3 » ; vide : le découpage par défaut</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation>Blocs</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Bâtiment</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>Co-teachers</source>
            <translation>Co-enseignants</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Contrainte</translation>
        </message>
        <message>
            <source>Cost of one unit of violation of a soft rule</source>
            <translation>Coût d’une unité d’infraction d’une règle souple</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Courses and session types the instructor may teach</source>
            <translation>Cours et types de séance que l’enseignant peut assurer</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Each subgroup is taught separately</source>
            <translation>Chaque sous-groupe a cours séparément</translation>
        </message>
        <message>
            <source>Edit per component in the table below</source>
            <translation>Modifier par composante dans le tableau ci-dessous</translation>
        </message>
        <message>
            <source>Edit the subgroups in the table below</source>
            <translation>Modifier les sous-groupes dans le tableau ci-dessous</translation>
        </message>
        <message>
            <source>Empty: any room</source>
            <translation>Vide : n’importe quelle salle</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Activée</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <source>Features the room must have</source>
            <translation>Équipements que la salle doit avoir</translation>
        </message>
        <message>
            <source>Fixed candidates; empty: every qualified instructor</source>
            <translation>Candidats imposés ; vide : tout enseignant qualifié</translation>
        </message>
        <message>
            <source>Fixed instructors of the components (empty: anyone qualified); added ones join every component, removed ones leave every component</source>
            <translation>Enseignants imposés des composantes (vide : toute personne qualifiée) ; ceux ajoutés rejoignent chaque composante, ceux retirés quittent chaque composante</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>Une semaine sur deux</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>Groups that want a midday break get one free period in this window</source>
            <translation>Les groupes qui veulent une pause de midi ont un créneau libre dans cette plage</translation>
        </message>
        <message>
            <source>Hard/soft</source>
            <translation>Stricte/souple</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Enseignants</translation>
        </message>
        <message>
            <source>Instructors who teach every session together with the chosen one (their clashes and availability count); comma separated ids</source>
            <translation>Enseignants qui donnent chaque séance avec l'enseignant choisi (leurs conflits et disponibilités comptent) ; identifiants séparés par des virgules</translation>
        </message>
        <message>
            <source>Joint</source>
            <translation>Commun</translation>
        </message>
        <message>
            <source>Lecture</source>
            <translation>Cours magistral</translation>
        </message>
        <message>
            <source>Lecture periods</source>
            <translation>Créneaux de cours magistral</translation>
        </message>
        <message>
            <source>Lecture periods per week</source>
            <translation>Créneaux de cours magistral par semaine</translation>
        </message>
        <message>
            <source>Max/day</source>
            <translation>Max/jour</translation>
        </message>
        <message>
            <source>Midday break</source>
            <translation>Pause de midi</translation>
        </message>
        <message>
            <source>Midday window</source>
            <translation>Plage de midi</translation>
        </message>
        <message>
            <source>Min days</source>
            <translation>Jours min.</translation>
        </message>
        <message>
            <source>Most periods a day (0: no limit)</source>
            <translation>Nombre maximal de créneaux par jour (0 : sans limite)</translation>
        </message>
        <message>
            <source>Most periods a day the instructor should teach (0: no limit)</source>
            <translation>Nombre maximal de créneaux par jour que l’enseignant devrait assurer (0 : sans limite)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Needs a room</source>
            <translation>Salle requise</translation>
        </message>
        <message>
            <source>Needs an instructor</source>
            <translation>Enseignant requis</translation>
        </message>
        <message>
            <source>Nothing is taught in a break</source>
            <translation>Aucun cours pendant une pause</translation>
        </message>
        <message>
            <source>Off: taught without a room (a sports or online lesson); its sessions get no room</source>
            <translation>Désactivé : enseigné sans salle (sport ou cours en ligne) ; ses séances n'ont pas de salle</translation>
        </message>
        <message>
            <source>Off: taught without an instructor; its sessions get none</source>
            <translation>Désactivé : enseigné sans enseignant ; ses séances n'en ont pas</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activée</translation>
        </message>
        <message>
            <source>Only active rules count</source>
            <translation>Seules les règles actives comptent</translation>
        </message>
        <message>
            <source>Paint the group's unavailable periods in the grid beside the table</source>
            <translation>Peindre les créneaux où le groupe est indisponible dans la grille à côté du tableau</translation>
        </message>
        <message>
            <source>Paint the room's unavailable periods in the grid beside the table</source>
            <translation>Peindre les créneaux où la salle est indisponible dans la grille à côté du tableau</translation>
        </message>
        <message>
            <source>Paint unavailable, preferred and undesired periods in the grid beside the table</source>
            <translation>Peindre les créneaux indisponibles, préférés et non souhaités dans la grille à côté du tableau</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Penalty per unit of violation; 0 switches it off</source>
            <translation>Pénalité par unité d’infraction ; 0 la désactive</translation>
        </message>
        <message>
            <source>Per subgroup</source>
            <translation>Par sous-groupe</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Créneau</translation>
        </message>
        <message>
            <source>Periods per week</source>
            <translation>Créneaux par semaine</translation>
        </message>
        <message>
            <source>Periods/week</source>
            <translation>Créneaux/semaine</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>Travaux pratiques</translation>
        </message>
        <message>
            <source>Practical periods</source>
            <translation>Créneaux de travaux pratiques</translation>
        </message>
        <message>
            <source>Practical periods per week</source>
            <translation>Créneaux de travaux pratiques par semaine</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>Qualifications</translation>
        </message>
        <message>
            <source>Room type</source>
            <translation>Type de salle</translation>
        </message>
        <message>
            <source>Room types</source>
            <translation>Types de salle</translation>
        </message>
        <message>
            <source>Seats in the room</source>
            <translation>Places dans la salle</translation>
        </message>
        <message>
            <source>Session lengths, e.g. 2+1; empty: the default cut</source>
            <translation>Durées des séances, p. ex. 2+1 ; vide : le découpage par défaut</translation>
        </message>
        <message>
            <source>Sessions that need a room type only go to rooms of that type</source>
            <translation>Les séances qui demandent un type de salle ne vont que dans les salles de ce type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Effectif</translation>
        </message>
        <message>
            <source>Spread each section over at least this many days</source>
            <translation>Répartir chaque section sur au moins ce nombre de jours</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Students in the group</source>
            <translation>Étudiants du groupe</translation>
        </message>
        <message>
            <source>Subgroup</source>
            <translation>Sous-groupe</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Sous-groupes</translation>
        </message>
        <message>
            <source>Switch the constraint on or off</source>
            <translation>Activer ou désactiver la contrainte</translation>
        </message>
        <message>
            <source>Taught every other week (needs a two-week cycle in the time grid): the periods are those of the fortnight, each block taught in week A or B</source>
            <translation>Enseigné une semaine sur deux (il faut un cycle de deux semaines dans la grille horaire) : les créneaux sont ceux de la quinzaine, chaque bloc est enseigné en semaine A ou B</translation>
        </message>
        <message>
            <source>The block patterns the solver may choose: 'any' (every cut between the default shortest and longest block), 'any 2-4' (blocks of 2 to 4 periods), '3+3; 2+2+2' (a list), or one pattern such as '3+3' (fixed)</source>
            <translation>Les découpages que le solveur peut choisir : « any » (tout découpage entre le bloc le plus court et le plus long par défaut), « any 2-4 » (blocs de 2 à 4 créneaux), « 3+3; 2+2+2 » (une liste) ou un seul découpage comme « 3+3 » (imposé)</translation>
        </message>
        <message>
            <source>The courses the group takes</source>
            <translation>Les cours que suit le groupe</translation>
        </message>
        <message>
            <source>The group wants a free period in the midday window</source>
            <translation>Le groupe veut un créneau libre dans la plage de midi</translation>
        </message>
        <message>
            <source>The groups that take this course (edits the groups' course lists)</source>
            <translation>Les groupes qui suivent ce cours (modifie la liste de cours des groupes)</translation>
        </message>
        <message>
            <source>The kind of rule (the rule catalogue)</source>
            <translation>Le type de règle (le catalogue des règles)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Tutorial</source>
            <translation>Travaux dirigés</translation>
        </message>
        <message>
            <source>Tutorial periods</source>
            <translation>Créneaux de travaux dirigés</translation>
        </message>
        <message>
            <source>Tutorial periods per week</source>
            <translation>Créneaux de travaux dirigés par semaine</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>Ce qu’elle compte</translation>
        </message>
        <message>
            <source>Whom or what the rule is about: instructors, groups, lessons, rooms, or all of a kind</source>
            <translation>Qui ou quoi la règle concerne : enseignants, groupes, séances, salles, ou tous ceux d’un type</translation>
        </message>
        <message>
            <source>always available</source>
            <translation>toujours disponible</translation>
        </message>
        <message>
            <source>name=value; separated by ';' (slots: 'Mon P1, Tue P2')</source>
            <translation>nom=valeur ; séparés par « ; » (créneaux : « Mon P1, Tue P2 »)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>{what} must be a clock time like 08:30, not {text}.</source>
            <translation>{what} doit être une heure comme 08:30, pas {text}.</translation>
        </message>
        <message>
            <source>{what} must be a whole number, not {text}.</source>
            <translation>{what} doit être un nombre entier, pas {text}.</translation>
        </message>
        <message>
            <source>{what} must be at least {minimum}, not {number}.</source>
            <translation>{what} doit valoir au moins {minimum}, pas {number}.</translation>
        </message>
        <message>
            <source>{what} must be yes or no, not {value}.</source>
            <translation>{what} doit être oui ou non, pas {value}.</translation>
        </message>
    </context>
    <context>
        <name>ConflictQuestion</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Move the others</source>
            <translation>Déplacer les autres</translation>
        </message>
        <message>
            <source>Moving the sessions in the way makes room for it:</source>
            <translation>Déplacer les séances qui gênent lui fait de la place :</translation>
        </message>
        <message>
            <source>Place anyway</source>
            <translation>Placer quand même</translation>
        </message>
        <message>
            <source>Place it here and move the sessions in its way as listed</source>
            <translation>La placer ici et déplacer les séances qui gênent comme indiqué</translation>
        </message>
        <message>
            <source>Place it here; its conflicts show in the grid and the list</source>
            <translation>La placer ici ; ses conflits apparaissent dans la grille et dans la liste</translation>
        </message>
        <message>
            <source>This place is not allowed</source>
            <translation>Cette place n’est pas autorisée</translation>
        </message>
        <message>
            <source>Total change of the score: {change}.</source>
            <translation>Variation totale du score : {change}.</translation>
        </message>
        <message>
            <source>hard {hard}, soft {soft}</source>
            <translation>strictes {hard}, souples {soft}</translation>
        </message>
        <message>
            <source>unplaced</source>
            <translation>non placée</translation>
        </message>
        <message>
            <source>{session} cannot go there without breaking hard constraints:</source>
            <translation>{session} ne peut pas aller là sans enfreindre des contraintes strictes :</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} en {room}</translation>
        </message>
    </context>
    <context>
        <name>DataEditors</name>
        <message>
            <source>&amp;Add Row</source>
            <translation>Ajouter une &amp;ligne</translation>
        </message>
        <message>
            <source>&amp;Copy Cells</source>
            <translation>&amp;Copier les cellules</translation>
        </message>
        <message>
            <source>&amp;Delete Rows</source>
            <translation>&amp;Supprimer les lignes</translation>
        </message>
        <message>
            <source>&amp;Paste Cells</source>
            <translation>C&amp;oller les cellules</translation>
        </message>
        <message>
            <source>Add a row to the table</source>
            <translation>Ajouter une ligne au tableau</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Composantes</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>Contraintes</translation>
        </message>
        <message>
            <source>Copy the selected cells as tab-separated text</source>
            <translation>Copier les cellules sélectionnées en texte séparé par des tabulations</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Delete the selected rows</source>
            <translation>Supprimer les lignes sélectionnées</translation>
        </message>
        <message>
            <source>Dup&amp;licate Rows</source>
            <translation>D&amp;upliquer les lignes</translation>
        </message>
        <message>
            <source>Duplicate the selected rows under new ids</source>
            <translation>Dupliquer les lignes sélectionnées sous de nouveaux identifiants</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Enseignants</translation>
        </message>
        <message>
            <source>Paste tab-separated text (from a spreadsheet) at the current cell</source>
            <translation>Coller du texte séparé par des tabulations (d’un tableur) à la cellule courante</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Créneaux</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Salles</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>Soft constraints</source>
            <translation>Contraintes souples</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Sous-groupes</translation>
        </message>
        <message>
            <source>Time grid</source>
            <translation>Grille horaire</translation>
        </message>
    </context>
    <context>
        <name>DataExporter</name>
        <message>
            <source>&amp;Export data</source>
            <translation>Exporter les &amp;données</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)…</source>
            <translation>Classeur Excel (.xlsx)…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Exporter les données</translation>
        </message>
        <message>
            <source>Exported the data to {path}</source>
            <translation>Données exportées vers {path}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>Document Schedule Engine (.json)…</translation>
        </message>
        <message>
            <source>Schedule Engine documents (*.json)</source>
            <translation>Documents Schedule Engine (*.json)</translation>
        </message>
    </context>
    <context>
        <name>DataImporter</name>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Campus data folder…</source>
            <translation>Dossier de données du campus…</translation>
        </message>
        <message>
            <source>ITC-2007 instance (.ctt)…</source>
            <translation>Instance ITC-2007 (.ctt)…</translation>
        </message>
        <message>
            <source>Import ITC-2007 instance</source>
            <translation>Importer une instance ITC-2007</translation>
        </message>
        <message>
            <source>Import Schedule Engine document</source>
            <translation>Importer un document Schedule Engine</translation>
        </message>
        <message>
            <source>Import a table</source>
            <translation>Importer un tableau</translation>
        </message>
        <message>
            <source>Import {table} from {file}</source>
            <translation>Importer {table} depuis {file}</translation>
        </message>
        <message>
            <source>Schedule Engine document (.json)…</source>
            <translation>Document Schedule Engine (.json)…</translation>
        </message>
        <message>
            <source>Schedule Engine documents (*.json)</source>
            <translation>Documents Schedule Engine (*.json)</translation>
        </message>
        <message>
            <source>Table from CSV or XLSX…</source>
            <translation>Tableau CSV ou XLSX…</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm)</source>
            <translation>Tableaux (*.csv *.xlsx *.xlsm);;Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>{done}: {added} added, {updated} updated</source>
            <translation>{done} : {added} ajoutés, {updated} mis à jour</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPanel</name>
        <message>
            <source> — looking for remedies…</source>
            <translation> — recherche de solutions…</translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>; %n checked remedies under the shortfalls</source>
            <translation>
                <numerusform> ; %n solution vérifiée sous les manques</numerusform>
                <numerusform> ; %n solutions vérifiées sous les manques</numerusform>
            </translation>
        </message>
        <message>
            <source>; could not look for remedies: {error}</source>
            <translation> ; impossible de chercher des solutions : {error}</translation>
        </message>
        <message>
            <source>Another room</source>
            <translation>Une autre salle</translation>
        </message>
        <message>
            <source>Another teacher</source>
            <translation>Un autre enseignant</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Apply changes: {changes}.</source>
            <translation>Appliquer les changements : {changes}.</translation>
        </message>
        <message>
            <source>Apply remedy: {remedy}</source>
            <translation>Appliquer la solution : {remedy}</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Modifications :</translation>
        </message>
        <message>
            <source>Checking the changed data…</source>
            <translation>Vérification des données modifiées…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Could not apply the remedy: {error}</source>
            <translation>Impossible d’appliquer la solution : {error}</translation>
        </message>
        <message>
            <source>Could not check the data: {error}</source>
            <translation>Impossible de vérifier les données : {error}</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Fewer periods</source>
            <translation>Moins de créneaux</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Joint teaching</source>
            <translation>Enseignement commun</translation>
        </message>
        <message>
            <source>Make the selected remedy's change (one undo step) and check again</source>
            <translation>Appliquer le changement de la solution sélectionnée (annulable en une étape) et vérifier de nouveau</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Plus de temps</translation>
        </message>
        <message>
            <source>No problems found in the data.</source>
            <translation>Aucun problème trouvé dans les données.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Aucun problème trouvé.</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Pas encore vérifié</translation>
        </message>
        <message>
            <source>Other blocks</source>
            <translation>D'autres blocs</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Remedy</source>
            <translation>Solution</translation>
        </message>
        <message>
            <source>Select a remedy under a shortfall to apply it.</source>
            <translation>Sélectionnez une solution sous un manque pour l’appliquer.</translation>
        </message>
        <message>
            <source>Select it and press Apply to make the change.</source>
            <translation>Sélectionnez-la et cliquez sur Appliquer pour faire la modification.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
    </context>
    <context>
        <name>DragInspector</name>
        <message>
            <source>Soft changes: {changes}</source>
            <translation>Changements souples : {changes}</translation>
        </message>
        <message>
            <source>That is not a start time of the week.</source>
            <translation>Ce n’est pas une heure de début de la semaine.</translation>
        </message>
        <message>
            <source>That session is not in the data any more.</source>
            <translation>Cette séance ne figure plus dans les données.</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} en {room}</translation>
        </message>
        <message>
            <source>{when}, week {week}</source>
            <translation>{when}, semaine {week}</translation>
        </message>
        <message>
            <source>{when}: legal, soft {change}</source>
            <translation>{when} : autorisé, souple {change}</translation>
        </message>
        <message>
            <source>{when}: not allowed</source>
            <translation>{when} : non autorisé</translation>
        </message>
    </context>
    <context>
        <name>EntitySelector</name>
        <message>
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Enseignants</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Salles</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message numerus="yes">
            <source>%n warnings: the data was read, but check these points.</source>
            <translation>
                <numerusform>%n avertissement : les données ont été lues, mais vérifiez ce point.</numerusform>
                <numerusform>%n avertissements : les données ont été lues, mais vérifiez ces points.</numerusform>
            </translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Détails…</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Permission denied: {file}</source>
            <translation>Permission refusée : {file}</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Something went wrong that the application did not expect. ({error})</source>
            <translation>Un problème inattendu s’est produit dans l’application. ({error})</translation>
        </message>
        <message numerus="yes">
            <source>The data could not be used: %n problems found.</source>
            <translation>
                <numerusform>Les données ne peuvent pas être utilisées : %n problème trouvé.</numerusform>
                <numerusform>Les données ne peuvent pas être utilisées : %n problèmes trouvés.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file was not found: {file}</source>
            <translation>Fichier introuvable : {file}</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n sessions are not placed.</source>
            <translation>
                <numerusform>%n séance n’est pas placée.</numerusform>
                <numerusform>%n séances ne sont pas placées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions are placed.</source>
            <translation>
                <numerusform>Toutes les séances sont placées (%n).</numerusform>
                <numerusform>Toutes les séances sont placées (%n).</numerusform>
            </translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>CSV list of sessions (.csv)</source>
            <translation>Liste CSV des séances (.csv)</translation>
        </message>
        <message>
            <source>Calendar events carry the institution's time zone; change it in the institution settings.</source>
            <translation>Les événements du calendrier portent le fuseau horaire de l’établissement ; modifiez-le dans les réglages de l’établissement.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose at least one group, instructor or room, an overview or the report pages.</source>
            <translation>Choisissez au moins un groupe, un enseignant ou une salle, une vue d’ensemble ou les pages de rapport.</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation>Choisissez où enregistrer l’export.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Could not export the timetable</source>
            <translation>Impossible d’exporter l’emploi du temps</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Dates :</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export annulé ; rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Export into the folder</source>
            <translation>Exporter dans le dossier</translation>
        </message>
        <message>
            <source>Export timetable</source>
            <translation>Exporter l’emploi du temps</translation>
        </message>
        <message numerus="yes">
            <source>First page of %n pages ({paper}, landscape)</source>
            <translation>
                <numerusform>Page unique ({paper}, paysage)</numerusform>
                <numerusform>Première page sur %n ({paper}, paysage)</numerusform>
            </translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>No overview</source>
            <translation>Pas de vue d’ensemble</translation>
        </message>
        <message numerus="yes">
            <source>No timetable yet: none of the %n sessions is placed.</source>
            <translation>
                <numerusform>Pas encore d’emploi du temps : aucune séance n’est placée (%n au total).</numerusform>
                <numerusform>Pas encore d’emploi du temps : aucune des %n séances n’est placée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing chosen to print.</source>
            <translation>Rien à imprimer n’a été choisi.</translation>
        </message>
        <message>
            <source>One calendar file for everything</source>
            <translation>Un seul fichier de calendrier pour tout</translation>
        </message>
        <message>
            <source>One overview page per day</source>
            <translation>Une page de vue d’ensemble par jour</translation>
        </message>
        <message>
            <source>One week overview of all groups</source>
            <translation>Une vue d’ensemble de la semaine pour tous les groupes</translation>
        </message>
        <message>
            <source>Overview:</source>
            <translation>Vue d’ensemble :</translation>
        </message>
        <message>
            <source>PDF and printing</source>
            <translation>PDF et impression</translation>
        </message>
        <message>
            <source>PDF booklet (.pdf)</source>
            <translation>Livret PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page {done} of {total}</source>
            <translation>Page {done} sur {total}</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier :</translation>
        </message>
        <message>
            <source>Print timetable</source>
            <translation>Imprimer l’emploi du temps</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Report pages: room use, instructor and group load</source>
            <translation>Pages de rapport : occupation des salles, charge des enseignants et des groupes</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Enregistrer le PDF sous</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Enregistrer dans :</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Période scolaire</translation>
        </message>
        <message>
            <source>The first page as printed</source>
            <translation>La première page telle qu’imprimée</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>La période se termine avant de commencer.</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Fuseau horaire :</translation>
        </message>
        <message>
            <source>Web pages (HTML folder)</source>
            <translation>Pages web (dossier HTML)</translation>
        </message>
        <message>
            <source>Week pages for:</source>
            <translation>Pages de semaine pour :</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n files to {where}.</source>
            <translation>
                <numerusform>%n fichier écrit dans {where}.</numerusform>
                <numerusform>%n fichiers écrits dans {where}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote 1 file to {where}.</source>
            <translation>Fichier écrit : {where}.</translation>
        </message>
        <message>
            <source>e.g. Autumn term 2026</source>
            <translation>p. ex. Semestre d’automne 2026</translation>
        </message>
        <message>
            <source>iCalendar files (.ics)</source>
            <translation>Fichiers iCalendar (.ics)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n sessions are not placed; the pages list them.</source>
            <translation>
                <numerusform>{missing} des %n séances ne sont pas placées ; les pages les listent.</numerusform>
                <numerusform>{missing} des %n séances ne sont pas placées ; les pages les listent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Effacer la liste</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>Aucun projet récent</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un projet &amp;récent</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Ouvrir un projet</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Enregistrer le projet sous</translation>
        </message>
        <message>
            <source>Save the changes to {name} before closing it?</source>
            <translation>Enregistrer les modifications de {name} avant de le fermer ?</translation>
        </message>
        <message>
            <source>Schedule Engine projects ({pattern})</source>
            <translation>Projets Schedule Engine ({pattern})</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
    </context>
    <context>
        <name>FindPlace</name>
        <message>
            <source>Find a place for {session}</source>
            <translation>Trouver une place pour {session}</translation>
        </message>
        <message>
            <source>Legal places for {session}, the best first (the change of the soft score):</source>
            <translation>Places autorisées pour {session}, la meilleure d’abord (la variation du score souple) :</translation>
        </message>
        <message>
            <source>Place here</source>
            <translation>Placer ici</translation>
        </message>
        <message>
            <source>{session} has no legal place in this timetable. Drop it on a red slot to see what is in the way and the moves that make room.</source>
            <translation>{session} n’a aucune place autorisée dans cet emploi du temps. Déposez-la sur un créneau rouge pour voir ce qui gêne et les déplacements qui lui font de la place.</translation>
        </message>
        <message>
            <source>{when} in {room}</source>
            <translation>{when} en {room}</translation>
        </message>
        <message>
            <source>{when} — soft {change}</source>
            <translation>{when} — souple {change}</translation>
        </message>
    </context>
    <context>
        <name>FractionalHoursDialog</name>
        <message>
            <source>Fortnightly: twice the hours every other week, in a two-week cycle (1.5 hours: 3 periods in week A or B)</source>
            <translation>Une semaine sur deux : le double d’heures une semaine sur deux, sur un cycle de deux semaines (1,5 heure : 3 créneaux en semaine A ou B)</translation>
        </message>
        <message>
            <source>Fractional weekly hours</source>
            <translation>Heures hebdomadaires fractionnaires</translation>
        </message>
        <message>
            <source>Round up: whole periods every week (1.5 hours: 2 periods)</source>
            <translation>Arrondir au-dessus : des créneaux entiers chaque semaine (1,5 heure : 2 créneaux)</translation>
        </message>
        <message>
            <source>Some courses may have weekly hours that are not whole (1.5 hours a week). How should they be taught?</source>
            <translation>Certains cours ont peut-être des heures hebdomadaires non entières (1,5 heure par semaine). Comment les enseigner ?</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>System Language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>The new language takes effect the next time Schedule Engine starts.</source>
            <translation>La nouvelle langue s’appliquera au prochain démarrage de Schedule Engine.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>%n cours</numerusform>
                <numerusform>%n cours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n data errors</source>
            <translation>
                <numerusform>%n erreur dans les données</numerusform>
                <numerusform>%n erreurs dans les données</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups, </source>
            <translation>
                <numerusform>%n groupe, </numerusform>
                <numerusform>%n groupes, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions, </source>
            <translation>
                <numerusform>%n séance, </numerusform>
                <numerusform>%n séances, </numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About Schedule Engine</source>
            <translation>À &amp;propos de Schedule Engine</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primer…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Solve</source>
            <translation>&amp;Résoudre</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guide de l’utilisateur</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Aff&amp;ichage</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>À propos de {name}</translation>
        </message>
        <message>
            <source>Build a timetable for the current data (F5)</source>
            <translation>Construire un emploi du temps pour les données actuelles (F5)</translation>
        </message>
        <message>
            <source>Builds weekly course timetables for schools and universities, entirely on this computer.</source>
            <translation>Construit les emplois du temps hebdomadaires des écoles et des universités, entièrement sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Data OK</source>
            <translation>Données correctes</translation>
        </message>
        <message numerus="yes">
            <source>Data OK (%n warnings)</source>
            <translation>
                <numerusform>Données correctes (%n avertissement)</numerusform>
                <numerusform>Données correctes (%n avertissements)</numerusform>
            </translation>
        </message>
        <message>
            <source>Data not checked</source>
            <translation>Données non vérifiées</translation>
        </message>
        <message>
            <source>E&amp;xport Timetable…</source>
            <translation>E&amp;xporter l’emploi du temps…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <source>PDF booklet, spreadsheet, CSV, web pages or calendars (Ctrl+E)</source>
            <translation>Livret PDF, tableur, CSV, pages web ou calendriers (Ctrl+E)</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>Arrê&amp;ter</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>Text Under Toolbar Icons</source>
            <translation>Texte sous les icônes de la barre d’outils</translation>
        </message>
        <message>
            <source>The data editors are not available in this build.</source>
            <translation>Les éditeurs de données ne sont pas disponibles dans cette version.</translation>
        </message>
        <message>
            <source>The timetable appears here once the data has been solved.</source>
            <translation>L’emploi du temps apparaît ici une fois les données résolues.</translation>
        </message>
        <message>
            <source>The user guide is not part of this installation.</source>
            <translation>Le guide de l’utilisateur ne fait pas partie de cette installation.</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>Emploi du temps</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guide de l’utilisateur</translation>
        </message>
        <message>
            <source>{name} (not saved yet)</source>
            <translation>{name} (pas encore enregistré)</translation>
        </message>
    </context>
    <context>
        <name>Noun</name>
        <message numerus="yes">
            <source>%n components</source>
            <translation>
                <numerusform>%n composante</numerusform>
                <numerusform>%n composantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n constraints</source>
            <translation>
                <numerusform>%n contrainte</numerusform>
                <numerusform>%n contraintes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n courses</source>
            <translation>
                <numerusform>%n cours</numerusform>
                <numerusform>%n cours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n groups</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n instructors</source>
            <translation>
                <numerusform>%n enseignant</numerusform>
                <numerusform>%n enseignants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n periods</source>
            <translation>
                <numerusform>%n créneau</numerusform>
                <numerusform>%n créneaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rooms</source>
            <translation>
                <numerusform>%n salle</numerusform>
                <numerusform>%n salles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rules</source>
            <translation>
                <numerusform>%n règle</numerusform>
                <numerusform>%n règles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subgroups</source>
            <translation>
                <numerusform>%n sous-groupe</numerusform>
                <numerusform>%n sous-groupes</numerusform>
            </translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Composantes</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>Contraintes</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Enseignants</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Créneaux</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Salles</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>Subgroups</source>
            <translation>Sous-groupes</translation>
        </message>
        <message>
            <source>component</source>
            <translation>composante</translation>
        </message>
        <message>
            <source>constraint</source>
            <translation>contrainte</translation>
        </message>
        <message>
            <source>course</source>
            <translation>cours</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>group</source>
            <translation>groupe</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>enseignant</translation>
        </message>
        <message>
            <source>period</source>
            <translation>créneau</translation>
        </message>
        <message>
            <source>room</source>
            <translation>salle</translation>
        </message>
        <message>
            <source>row</source>
            <translation>ligne</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>règle</translation>
        </message>
        <message>
            <source>subgroup</source>
            <translation>sous-groupe</translation>
        </message>
    </context>
    <context>
        <name>PrintedPage</name>
        <message>
            <source>Day overview</source>
            <translation>Vue de la journée</translation>
        </message>
        <message>
            <source>Each line: start, course, lec / tut / prac, [{a}] or [{b}]: that week only, the subgroup if only part of the group attends, room.</source>
            <translation>Chaque ligne : début, cours, CM / TD / TP, [{a}] ou [{b}] : cette semaine seulement, le sous-groupe si seule une partie du groupe y assiste, salle.</translation>
        </message>
        <message>
            <source>Each line: start, course, lec(ture) / tut(orial) / prac(tical), the subgroup when only part of the group attends, room.</source>
            <translation>Chaque ligne : début, cours, CM (cours magistral) / TD / TP, le sous-groupe quand seule une partie du groupe y assiste, salle.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Enseignant</translation>
        </message>
        <message>
            <source>Made with Schedule Engine</source>
            <translation>Réalisé avec Schedule Engine</translation>
        </message>
        <message>
            <source>No sessions in this week.</source>
            <translation>Aucune séance cette semaine.</translation>
        </message>
        <message>
            <source>No sessions placed in this week.</source>
            <translation>Aucune séance placée cette semaine.</translation>
        </message>
        <message>
            <source>Not placed ({n}): </source>
            <translation>Non placées ({n}) : </translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>Page {number} sur {count}</translation>
        </message>
        <message>
            <source>Per student set (subgroup, or the group itself): periods attended per day and idle gaps.</source>
            <translation>Par ensemble d'étudiants (sous-groupe, ou le groupe lui-même) : créneaux suivis par jour et trous.</translation>
        </message>
        <message>
            <source>Periods taught per day; idle gaps are free periods between a day's first and last session.</source>
            <translation>Créneaux enseignés par jour ; les trous sont les créneaux libres entre la première et la dernière séance de la journée.</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Imprimé le {date}</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>These sessions have no time in this timetable; solve again or place them by hand.</source>
            <translation>Ces séances n'ont pas d'horaire dans cet emploi du temps ; relancez la résolution ou placez-les à la main.</translation>
        </message>
        <message>
            <source>Two-week cycle: week {a} left, week {b} right</source>
            <translation>Cycle de deux semaines : semaine {a} à gauche, semaine {b} à droite</translation>
        </message>
        <message>
            <source>Used / available periods per day, summed over the rooms of each type.</source>
            <translation>Créneaux utilisés / disponibles par jour, additionnés sur les salles de chaque type.</translation>
        </message>
        <message>
            <source>Used / available periods per day; available excludes breaks, closed periods and the room's own unavailable periods.</source>
            <translation>Créneaux utilisés / disponibles par jour ; les disponibles excluent les pauses, les créneaux fermés et les créneaux où la salle est indisponible.</translation>
        </message>
        <message>
            <source>Week overview: all groups</source>
            <translation>Vue de la semaine : tous les groupes</translation>
        </message>
        <message>
            <source>Week overview: all instructors</source>
            <translation>Vue de la semaine : tous les enseignants</translation>
        </message>
        <message>
            <source>Week overview: all rooms</source>
            <translation>Vue de la semaine : toutes les salles</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>fermé</translation>
        </message>
        <message>
            <source>lec</source>
            <translation>CM</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>partie {part} sur {parts}</translation>
        </message>
        <message>
            <source>prac</source>
            <translation>TP</translation>
        </message>
        <message>
            <source>tut</source>
            <translation>TD</translation>
        </message>
        <message>
            <source>week {name}</source>
            <translation>semaine {name}</translation>
        </message>
        <message>
            <source>{day}: all groups</source>
            <translation>{day} : tous les groupes</translation>
        </message>
        <message>
            <source>{day}: all instructors</source>
            <translation>{day} : tous les enseignants</translation>
        </message>
        <message>
            <source>{day}: all rooms</source>
            <translation>{day} : toutes les salles</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… et {n} de plus</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Could not restore the unsaved changes</source>
            <translation>Impossible de restaurer les modifications non enregistrées</translation>
        </message>
        <message>
            <source>Discard the recovery copy</source>
            <translation>Supprimer la copie de récupération</translation>
        </message>
        <message>
            <source>Open without restoring</source>
            <translation>Ouvrir sans restaurer</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Restore unsaved changes?</source>
            <translation>Restaurer les modifications non enregistrées ?</translation>
        </message>
        <message>
            <source>{app} closed unexpectedly. Restore unsaved changes to an unsaved project from {time}?</source>
            <translation>{app} s’est fermé de façon inattendue. Restaurer les modifications d’un projet non enregistré datant du {time} ?</translation>
        </message>
        <message>
            <source>{app} closed unexpectedly. Restore unsaved changes to {name} from {time}?</source>
            <translation>{app} s’est fermé de façon inattendue. Restaurer les modifications non enregistrées de {name} datant du {time} ?</translation>
        </message>
        <message>
            <source>“Open without restoring” keeps the recovery copy for the next start.</source>
            <translation>« Ouvrir sans restaurer » conserve la copie de récupération pour le prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message numerus="yes">
            <source>Loads of the current timetable (%n sessions placed).</source>
            <translation>
                <numerusform>Charges de l’emploi du temps actuel (%n séance placée).</numerusform>
                <numerusform>Charges de l’emploi du temps actuel (%n séances placées).</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions placed yet: every load is zero.</source>
            <translation>Aucune séance placée pour l’instant : toutes les charges sont nulles.</translation>
        </message>
        <message>
            <source>No timetable yet.</source>
            <translation>Pas encore d’emploi du temps.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <source>Active (only active rules count)</source>
            <translation>Active (seules les règles actives comptent)</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Ajouter une règle</translation>
        </message>
        <message>
            <source>Add rule {id}</source>
            <translation>Ajouter la règle {id}</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>S’applique à</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Commentaire :</translation>
        </message>
        <message>
            <source>Edit rule {id}</source>
            <translation>Modifier la règle {id}</translation>
        </message>
        <message>
            <source>Hard or soft:</source>
            <translation>Stricte ou souple :</translation>
        </message>
        <message>
            <source>ID:</source>
            <translation>ID :</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>This type of rule has no parameters.</source>
            <translation>Ce type de règle n’a pas de paramètres.</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Poids :</translation>
        </message>
        <message>
            <source>all groups</source>
            <translation>tous les groupes</translation>
        </message>
        <message>
            <source>all instructors</source>
            <translation>tous les enseignants</translation>
        </message>
        <message>
            <source>all rooms</source>
            <translation>toutes les salles</translation>
        </message>
        <message>
            <source>all sessions</source>
            <translation>toutes les séances</translation>
        </message>
        <message>
            <source>component</source>
            <translation>composante</translation>
        </message>
        <message>
            <source>course</source>
            <translation>cours</translation>
        </message>
        <message>
            <source>days and periods, e.g. Mon P1, Tue P2</source>
            <translation>jours et périodes, p. ex. Mon P1, Tue P2</translation>
        </message>
        <message>
            <source>group</source>
            <translation>groupe</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>enseignant</translation>
        </message>
        <message>
            <source>room</source>
            <translation>salle</translation>
        </message>
        <message>
            <source>session</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>étiquette</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>'{name}': {item} is not a slot; write a day and a period, e.g. '{example}'.</source>
            <translation>« {name} » : {item} n’est pas un créneau ; écrivez un jour et un créneau, p. ex. « {example} ».</translation>
        </message>
        <message>
            <source>a rule needs an id.</source>
            <translation>une règle a besoin d’un identifiant.</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>stricte</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>souple</translation>
        </message>
        <message>
            <source>the id {id} is already used by another rule.</source>
            <translation>l’identifiant {id} est déjà utilisé par une autre règle.</translation>
        </message>
        <message>
            <source>write {hard} or {soft}, not {value}.</source>
            <translation>écrivez {hard} ou {soft}, pas {value}.</translation>
        </message>
        <message>
            <source>{label} is not something a rule applies to: write e.g. 'instructor I1', 'group G1', 'course C1', 'room R1' or 'all instructors'.</source>
            <translation>{label} n’est pas une cible de règle : écrivez p. ex. « instructor I1 », « group G1 », « course C1 », « room R1 » ou « all instructors ».</translation>
        </message>
        <message>
            <source>{label}: write a component as course/session type, e.g. MATH/lecture.</source>
            <translation>{label} : écrivez une composante sous la forme cours/type de séance, p. ex. MATH/lecture.</translation>
        </message>
        <message>
            <source>{part}: a '{type}' rule takes the parameters {known}, as name=value.</source>
            <translation>{part} : une règle « {type} » prend les paramètres {known}, sous la forme nom=valeur.</translation>
        </message>
        <message>
            <source>{text} is not a rule type; choose one of the list (e.g. {example}).</source>
            <translation>{text} n’est pas un type de règle ; choisissez-en un dans la liste (p. ex. {example}).</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <source>Add a rule with a form of its parameters</source>
            <translation>Ajouter une règle avec un formulaire de ses paramètres</translation>
        </message>
        <message>
            <source>Add a rule with the + button; each row is one rule of the problem. Choose its type, whom it applies to and its parameters in the cells.</source>
            <translation>Ajoutez une règle avec le bouton + ; chaque ligne est une règle du problème. Choisissez dans les cellules son type, à qui elle s’applique et ses paramètres.</translation>
        </message>
        <message>
            <source>Add rule…</source>
            <translation>Ajouter une règle…</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>S’applique à</translation>
        </message>
        <message>
            <source>Choose the rule to edit in the table.</source>
            <translation>Choisissez dans le tableau la règle à modifier.</translation>
        </message>
        <message>
            <source>Edit rule…</source>
            <translation>Modifier la règle…</translation>
        </message>
        <message>
            <source>Edit the current rule in a form</source>
            <translation>Modifier la règle courante dans un formulaire</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>default</source>
            <translation>par défaut</translation>
        </message>
        <message>
            <source>groups or subgroups</source>
            <translation>groupes ou sous-groupes</translation>
        </message>
        <message>
            <source>instructors</source>
            <translation>enseignants</translation>
        </message>
        <message>
            <source>lessons (sessions, courses, components or tags)</source>
            <translation>cours (séances, cours, composantes ou étiquettes)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>rooms</source>
            <translation>salles</translation>
        </message>
    </context>
    <context>
        <name>RunCompare</name>
        <message>
            <source>Change</source>
            <translation>Variation</translation>
        </message>
        <message>
            <source>Compare {first} and {second}</source>
            <translation>Comparer {first} et {second}</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Contrainte</translation>
        </message>
        <message>
            <source>Hard violations (total)</source>
            <translation>Infractions strictes (total)</translation>
        </message>
        <message>
            <source>Soft penalty (total)</source>
            <translation>Pénalité souple (total)</translation>
        </message>
        <message>
            <source>{differing} of {total} sessions are placed differently (time, room or instructor). Change = {second} − {first}.</source>
            <translation>{differing} des {total} séances sont placées différemment (créneau, salle ou enseignant). Variation = {second} − {first}.</translation>
        </message>
    </context>
    <context>
        <name>RunsPanel</name>
        <message>
            <source>Compare…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <source>Copy the run and start the next run from its timetable.</source>
            <translation>Copier l’exécution et lancer la suivante à partir de son emploi du temps.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échouée</translation>
        </message>
        <message>
            <source>Feasible</source>
            <translation>Réalisable</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Strictes</translation>
        </message>
        <message>
            <source>Infeasible</source>
            <translation>Irréalisable</translation>
        </message>
        <message>
            <source>Make the selected run's timetable the working timetable.</source>
            <translation>Faire de l’emploi du temps de l’exécution sélectionnée l’emploi du temps de travail.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Exécutions</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Select two runs to compare their scores and timetables.</source>
            <translation>Sélectionnez deux exécutions pour comparer leurs scores et leurs emplois du temps.</translation>
        </message>
        <message>
            <source>Soft</source>
            <translation>Souples</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêtée</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Use this timetable</source>
            <translation>Utiliser cet emploi du temps</translation>
        </message>
    </context>
    <context>
        <name>SessionMenu</name>
        <message>
            <source>Find a place…</source>
            <translation>Trouver une place…</translation>
        </message>
        <message>
            <source>Pin all visible</source>
            <translation>Épingler tout ce qui est visible</translation>
        </message>
        <message>
            <source>Pin room</source>
            <translation>Épingler la salle</translation>
        </message>
        <message>
            <source>Pin time</source>
            <translation>Épingler le créneau</translation>
        </message>
        <message>
            <source>Pin time and room</source>
            <translation>Épingler le créneau et la salle</translation>
        </message>
        <message>
            <source>Show {name}'s week</source>
            <translation>Afficher la semaine de {name}</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Désépingler</translation>
        </message>
        <message>
            <source>Unpin all visible</source>
            <translation>Désépingler tout ce qui est visible</translation>
        </message>
        <message>
            <source>Unplace</source>
            <translation>Retirer de la grille</translation>
        </message>
    </context>
    <context>
        <name>SessionType</name>
        <message>
            <source>lecture</source>
            <translation>CM</translation>
        </message>
        <message>
            <source>practical</source>
            <translation>TP</translation>
        </message>
        <message>
            <source>tutorial</source>
            <translation>TD</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Change the preferred block lengths</source>
            <translation>Modifier les longueurs de bloc préférées</translation>
        </message>
        <message>
            <source>Change the preferred hours</source>
            <translation>Modifier les heures préférées</translation>
        </message>
        <message>
            <source>Change the time zone</source>
            <translation>Modifier le fuseau horaire</translation>
        </message>
        <message>
            <source>Change the weight profile</source>
            <translation>Modifier le profil de poids</translation>
        </message>
        <message>
            <source>General (every soft constraint has its usual weight)</source>
            <translation>Général (chaque contrainte souple a son poids habituel)</translation>
        </message>
        <message>
            <source>ITC-2007 (only the four competition penalties)</source>
            <translation>ITC-2007 (seulement les quatre pénalités du concours)</translation>
        </message>
        <message>
            <source>Practical block lengths that are preferred, e.g. 2+3; empty: any</source>
            <translation>Longueurs préférées des blocs de travaux pratiques, p. ex. 2+3 ; vide : toutes</translation>
        </message>
        <message>
            <source>Preferred hours:</source>
            <translation>Heures préférées :</translation>
        </message>
        <message>
            <source>Preferred practical blocks:</source>
            <translation>Blocs de TP préférés :</translation>
        </message>
        <message>
            <source>Room capacity hard</source>
            <translation>Capacité des salles stricte</translation>
        </message>
        <message>
            <source>Room capacity is a hard constraint</source>
            <translation>La capacité des salles est une contrainte stricte</translation>
        </message>
        <message>
            <source>Room capacity soft</source>
            <translation>Capacité des salles souple</translation>
        </message>
        <message>
            <source>System time zone ({zone})</source>
            <translation>Fuseau horaire du système ({zone})</translation>
        </message>
        <message>
            <source>Teaching after this period counts against Outside preferred hours</source>
            <translation>Enseigner après ce créneau compte dans « Hors des heures préférées »</translation>
        </message>
        <message>
            <source>Teaching before this period counts against Outside preferred hours</source>
            <translation>Enseigner avant ce créneau compte dans « Hors des heures préférées »</translation>
        </message>
        <message>
            <source>The institution's time zone: calendar events carry it (TZID) and each calendar file describes it (VTIMEZONE)</source>
            <translation>Le fuseau horaire de l’établissement : les événements du calendrier le portent (TZID) et chaque fichier de calendrier le décrit (VTIMEZONE)</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Fuseau horaire :</translation>
        </message>
        <message>
            <source>Weight profile:</source>
            <translation>Profil de poids :</translation>
        </message>
        <message>
            <source>When checked, no session may go to a room with fewer seats than attendees; otherwise each missing seat costs the weight of Room capacity overflow.</source>
            <translation>Si la case est cochée, aucune séance ne peut aller dans une salle ayant moins de places que de participants ; sinon chaque place manquante coûte le poids de « Dépassement de capacité des salles ».</translation>
        </message>
        <message>
            <source>Which default weights fill in the weights you have not set</source>
            <translation>Quels poids par défaut complètent ceux que vous n’avez pas fixés</translation>
        </message>
        <message>
            <source>any length</source>
            <translation>toute longueur</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>“{zone}” is not a known time zone (e.g. Europe/Madrid).</source>
            <translation>« {zone} » n’est pas un fuseau horaire connu (p. ex. Europe/Paris).</translation>
        </message>
    </context>
    <context>
        <name>SolveController</name>
        <message>
            <source>Keep the timetable on screen</source>
            <translation>Garder l'emploi du temps affiché</translation>
        </message>
        <message>
            <source>Solve ({run})</source>
            <translation>Résoudre ({run})</translation>
        </message>
        <message>
            <source>Solve anyway?</source>
            <translation>Résoudre quand même ?</translation>
        </message>
        <message>
            <source>Solve anyway? The run keeps the rest of the timetable clear of clashes where it can; {rest}</source>
            <translation>Résoudre quand même ? Le calcul garde le reste de l'emploi du temps sans conflits là où il le peut ; {rest}</translation>
        </message>
        <message>
            <source>Some of the teaching cannot fit into the free time available:</source>
            <translation>Une partie de l'enseignement ne tient pas dans le temps libre disponible :</translation>
        </message>
        <message>
            <source>Store {run}</source>
            <translation>Conserver {run}</translation>
        </message>
        <message>
            <source>The data could not be checked; see the Diagnostics panel.</source>
            <translation>Les données n'ont pas pu être vérifiées ; voir le panneau Diagnostic.</translation>
        </message>
        <message numerus="yes">
            <source>The data has %n error(s); fix them before solving (see the Diagnostics panel).</source>
            <translation>
                <numerusform>Les données comportent %n erreur ; corrigez-la avant de résoudre (voir le panneau Diagnostic).</numerusform>
                <numerusform>Les données comportent %n erreurs ; corrigez-les avant de résoudre (voir le panneau Diagnostic).</numerusform>
            </translation>
        </message>
        <message>
            <source>The timetable on screen was kept</source>
            <translation>L'emploi du temps affiché a été gardé</translation>
        </message>
        <message>
            <source>Use {run}</source>
            <translation>Utiliser {run}</translation>
        </message>
        <message>
            <source>Use {run} anyway</source>
            <translation>Utiliser {run} quand même</translation>
        </message>
        <message>
            <source>the teaching that does not fit breaks hard constraints.</source>
            <translation>l'enseignement qui ne tient pas enfreint des contraintes strictes.</translation>
        </message>
        <message>
            <source>what cannot fit is left unplaced.</source>
            <translation>ce qui ne tient pas reste non placé.</translation>
        </message>
        <message>
            <source>{run} belonged to the project that was closed; its result was dropped.</source>
            <translation>{run} appartenait au projet fermé ; son résultat a été abandonné.</translation>
        </message>
        <message>
            <source>{run} ended worse ({hard} hard, soft {soft}) than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. {run} is kept in Runs.</source>
            <translation>{run} s'est terminé moins bien ({hard} strictes, souples {soft}) que l'emploi du temps affiché ({screen_hard} strictes, souples {screen_soft}) : le meilleur reste. {run} est conservé dans Exécutions.</translation>
        </message>
        <message>
            <source>{run} was kept in Runs, but the data changed during the run, so its timetable was not applied.</source>
            <translation>{run} est conservé dans Exécutions, mais les données ont changé pendant le calcul : son emploi du temps n'a pas été appliqué.</translation>
        </message>
        <message>
            <source>{run} was stopped early and ended worse ({hard} hard, soft {soft}) than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. {run} is kept in Runs.</source>
            <translation>{run} a été arrêté tôt et s'est terminé moins bien ({hard} strictes, souples {soft}) que l'emploi du temps affiché ({screen_hard} strictes, souples {screen_soft}) : le meilleur reste. {run} est conservé dans Exécutions.</translation>
        </message>
        <message>
            <source>{run}: {hard} hard, {soft} soft</source>
            <translation>{run} : {hard} strictes, {soft} souples</translation>
        </message>
        <message>
            <source>…and {count} more (see the Diagnostics panel).</source>
            <translation>…et {count} de plus (voir le panneau Diagnostic).</translation>
        </message>
    </context>
    <context>
        <name>SolvePanel</name>
        <message>
            <source> s</source>
            <comment>seconds, after the time limit</comment>
            <translation> s</translation>
        </message>
        <message numerus="yes">
            <source>%n hard violations remain.</source>
            <translation>
                <numerusform>Il reste %n infraction aux contraintes strictes.</numerusform>
                <numerusform>Il reste %n infractions aux contraintes strictes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Équilibré</translation>
        </message>
        <message>
            <source>Best hard</source>
            <translation>Meilleur (strictes)</translation>
        </message>
        <message>
            <source>Best soft</source>
            <translation>Meilleur (souples)</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Building a first timetable</source>
            <translation>Construction d’un premier emploi du temps</translation>
        </message>
        <message>
            <source>Checking the data</source>
            <translation>Vérification des données</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Contrainte</translation>
        </message>
        <message>
            <source>Convergence</source>
            <translation>Convergence</translation>
        </message>
        <message>
            <source>Cores</source>
            <translation>Cœurs</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Écoulé</translation>
        </message>
        <message>
            <source>Evaluations/s</source>
            <translation>Évaluations/s</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Finalisation</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>Génération</translation>
        </message>
        <message>
            <source>Improving</source>
            <translation>Amélioration</translation>
        </message>
        <message>
            <source>Islands searched in parallel, one per processor core.</source>
            <translation>Îlots explorés en parallèle, un par cœur de processeur.</translation>
        </message>
        <message>
            <source>Keep the sessions that are placed legally and every pinned session; place and improve the rest.</source>
            <translation>Garder les séances placées sans conflit et toutes les séances épinglées ; placer et améliorer le reste.</translation>
        </message>
        <message>
            <source>Leave what cannot fit unplaced</source>
            <translation>Laisser non placé ce qui ne rentre pas</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>New at each run</source>
            <translation>Nouvelle à chaque exécution</translation>
        </message>
        <message>
            <source>No hard violations.</source>
            <translation>Aucune infraction aux contraintes strictes.</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Pénalité</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Quick</source>
            <translation>Rapide</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Prêt.</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Exécution</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Solve</source>
            <translation>Résoudre</translation>
        </message>
        <message>
            <source>Solving…</source>
            <translation>Résolution…</translation>
        </message>
        <message>
            <source>Start from the current timetable (keep pins)</source>
            <translation>Partir de l’emploi du temps actuel (garder les épingles)</translation>
        </message>
        <message>
            <source>Starting the solver…</source>
            <translation>Démarrage du solveur…</translation>
        </message>
        <message>
            <source>Starting the solver… (from the current timetable)</source>
            <translation>Démarrage du solveur… (à partir de l’emploi du temps actuel)</translation>
        </message>
        <message>
            <source>Stop the run and keep the best timetable so far (Shift+F5, Esc)</source>
            <translation>Arrêter l’exécution et garder le meilleur emploi du temps obtenu (Maj+F5, Échap)</translation>
        </message>
        <message>
            <source>Stopped; the best timetable so far was kept.</source>
            <translation>Arrêté ; le meilleur emploi du temps obtenu a été conservé.</translation>
        </message>
        <message>
            <source>The run stops after this many seconds and keeps the best timetable.</source>
            <translation>L’exécution s’arrête après ce nombre de secondes et garde le meilleur emploi du temps.</translation>
        </message>
        <message>
            <source>The same seed and settings give the same timetable.</source>
            <translation>La même graine et les mêmes réglages donnent le même emploi du temps.</translation>
        </message>
        <message>
            <source>The timetable on screen ({run}): {hard} hard, soft penalty {soft}.</source>
            <translation>L’emploi du temps affiché ({run}) : {hard} strictes, pénalité souple {soft}.</translation>
        </message>
        <message>
            <source>The timetable on screen: {hard} hard, soft penalty {soft}.</source>
            <translation>L’emploi du temps affiché : {hard} strictes, pénalité souple {soft}.</translation>
        </message>
        <message>
            <source>Thorough</source>
            <translation>Approfondi</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>Limite de temps</translation>
        </message>
        <message>
            <source>When some teaching cannot fit (a shortfall) and you solve anyway, leave the sessions that do not fit in the Unplaced tray instead of placing them with clashes.</source>
            <translation>Quand une partie de l’enseignement ne rentre pas (un manque) et que vous résolvez quand même, laisser les séances qui ne rentrent pas dans le bac Non placées au lieu de les placer avec des conflits.</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>stricte</translation>
        </message>
        <message>
            <source>hard violations</source>
            <translation>infractions strictes</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>souple</translation>
        </message>
        <message>
            <source>soft penalty</source>
            <translation>pénalité souple</translation>
        </message>
        <message>
            <source>{caption}:</source>
            <translation>{caption} :</translation>
        </message>
        <message>
            <source>{run} finished: {outcome} Soft penalty {soft}.</source>
            <translation>{run} terminée : {outcome} Pénalité souple {soft}.</translation>
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message>
            <source>+ New row: click here, then paste rows (Ctrl+V) — or double-click to add one</source>
            <translation>+ Nouvelle ligne : cliquez ici, puis collez des lignes (Ctrl+V) — ou double-cliquez pour en ajouter une</translation>
        </message>
        <message>
            <source>Add a row to {table}</source>
            <translation>Ajouter une ligne à {table}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n rows.</source>
            <translation>
                <numerusform>%n ligne copiée.</numerusform>
                <numerusform>%n lignes copiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete anyway?</source>
            <translation>Supprimer quand même ?</translation>
        </message>
        <message>
            <source>Delete rows</source>
            <translation>Supprimer des lignes</translation>
        </message>
        <message>
            <source>Delete {ids} from {table}</source>
            <translation>Supprimer {ids} de {table}</translation>
        </message>
        <message>
            <source>Deleting {ids} from {table} also changes:</source>
            <translation>Supprimer {ids} de {table} modifie aussi :</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n rows of {table}</source>
            <translation>
                <numerusform>Dupliquer %n ligne de {table}</numerusform>
                <numerusform>Dupliquer %n lignes de {table}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit {row}: {column}</source>
            <translation>Modifier {row} : {column}</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtrer…</translation>
        </message>
        <message>
            <source>First choose a row of {table}.</source>
            <translation>Choisissez d’abord une ligne de {table}.</translation>
        </message>
        <message>
            <source>New course {id}</source>
            <translation>Nouveau cours {id}</translation>
        </message>
        <message>
            <source>New group {id}</source>
            <translation>Nouveau groupe {id}</translation>
        </message>
        <message>
            <source>New instructor {id}</source>
            <translation>Nouvel enseignant {id}</translation>
        </message>
        <message>
            <source>No row can be added to {table} here.</source>
            <translation>Aucune ligne ne peut être ajoutée à {table} ici.</translation>
        </message>
        <message>
            <source>No row of {table} can be deleted here.</source>
            <translation>Aucune ligne de {table} ne peut être supprimée ici.</translation>
        </message>
        <message>
            <source>No row of {table} can be duplicated here.</source>
            <translation>Aucune ligne de {table} ne peut être dupliquée ici.</translation>
        </message>
        <message>
            <source>Nothing pasted.</source>
            <translation>Rien n’a été collé.</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cells into {table}</source>
            <translation>
                <numerusform>Coller %n cellule dans {table}</numerusform>
                <numerusform>Coller %n cellules dans {table}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n rows.</source>
            <translation>
                <numerusform>%n ligne collée.</numerusform>
                <numerusform>%n lignes collées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Room {id}</source>
            <translation>Salle {id}</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: the table has only {count} columns.</source>
            <translation>Ligne {row}, colonne {column} : le tableau n’a que {count} colonnes.</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: this column cannot be edited.</source>
            <translation>Ligne {row}, colonne {column} : cette colonne n’est pas modifiable.</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: {problem}</source>
            <translation>Ligne {row}, colonne {column} : {problem}</translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>Ligne {row} : {problem}</translation>
        </message>
        <message>
            <source>Rows pasted here are added at the end of the table.</source>
            <translation>Les lignes collées ici sont ajoutées à la fin du tableau.</translation>
        </message>
        <message>
            <source>Select the rows to delete.</source>
            <translation>Sélectionnez les lignes à supprimer.</translation>
        </message>
        <message>
            <source>Select the rows to duplicate.</source>
            <translation>Sélectionnez les lignes à dupliquer.</translation>
        </message>
        <message>
            <source>The clipboard holds no text to paste.</source>
            <translation>Le presse-papiers ne contient aucun texte à coller.</translation>
        </message>
        <message>
            <source>The course already has a lecture, a tutorial and a practical.</source>
            <translation>Le cours a déjà un cours magistral, des travaux dirigés et des travaux pratiques.</translation>
        </message>
        <message>
            <source>The course has no {type} to cut into blocks.</source>
            <translation>Le cours n’a pas de {type} à découper en blocs.</translation>
        </message>
        <message>
            <source>The day {day} is already in the week.</source>
            <translation>Le jour {day} figure déjà dans la semaine.</translation>
        </message>
        <message>
            <source>The end {end} must come after the start {start}.</source>
            <translation>La fin {end} doit venir après le début {start}.</translation>
        </message>
        <message>
            <source>The period name {name} is already used.</source>
            <translation>Le nom de créneau {name} est déjà utilisé.</translation>
        </message>
        <message>
            <source>The start {start} must come before the end {end}.</source>
            <translation>Le début {start} doit venir avant la fin {end}.</translation>
        </message>
        <message>
            <source>The type must be lecture, tutorial or practical, not {value}.</source>
            <translation>Le type doit être lecture, tutorial ou practical, pas {value}.</translation>
        </message>
        <message>
            <source>The value was not changed.</source>
            <translation>La valeur n’a pas été modifiée.</translation>
        </message>
        <message>
            <source>This value</source>
            <translation>Cette valeur</translation>
        </message>
        <message>
            <source>Type to filter…</source>
            <translation>Tapez pour filtrer…</translation>
        </message>
        <message>
            <source>Unknown course {item}.</source>
            <translation>Cours inconnu {item}.</translation>
        </message>
        <message>
            <source>Unknown instructor {item}.</source>
            <translation>Enseignant inconnu {item}.</translation>
        </message>
        <message>
            <source>{column} cannot be edited.</source>
            <translation>{column} n’est pas modifiable.</translation>
        </message>
        <message>
            <source>{item}: start with L, T or P (lecture, tutorial, practical).</source>
            <translation>{item} : commencez par L, T ou P (lecture, tutorial, practical).</translation>
        </message>
        <message>
            <source>{item}: the session type must be lecture, tutorial or practical.</source>
            <translation>{item} : le type de séance doit être lecture, tutorial ou practical.</translation>
        </message>
        <message>
            <source>{item}: write blocks like 'L 2+2, P 3'.</source>
            <translation>{item} : écrivez les blocs comme « L 2+2, P 3 ».</translation>
        </message>
        <message>
            <source>{pattern} adds up to {sum} periods, but the {type} has {n} a week.</source>
            <translation>{pattern} fait {sum} créneaux, mais le {type} en a {n} par semaine.</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
        <message>
            <source>{value} is too large: the highest allowed is {high}.</source>
            <translation>{value} est trop grand : le maximum autorisé est {high}.</translation>
        </message>
        <message>
            <source>{value} is too small: the lowest allowed is {low}.</source>
            <translation>{value} est trop petit : le minimum autorisé est {low}.</translation>
        </message>
        <message>
            <source>{value}: a fixed cut is one pattern, e.g. 'fixed 3+3'.</source>
            <translation>{value} : un découpage imposé est un seul modèle, p. ex. « fixed 3+3 ».</translation>
        </message>
        <message>
            <source>{value}: write patterns like '3+3; 2+2+2', 'fixed 3+3' or 'any'.</source>
            <translation>{value} : écrivez les modèles comme « 3+3; 2+2+2 », « fixed 3+3 » ou « any ».</translation>
        </message>
        <message>
            <source>{value}: write the block range like 'any 2-4' (shortest 1 or more, at most the longest).</source>
            <translation>{value} : écrivez la plage de blocs comme « any 2-4 » (le plus court d’au moins 1, au plus le plus long).</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message numerus="yes">
            <source>%n rows into {table}: {new} new, {updated} updated.</source>
            <translation>
                <numerusform>%n ligne dans {table} : {new} nouvelle(s), {updated} mise(s) à jour.</numerusform>
                <numerusform>%n lignes dans {table} : {new} nouvelles, {updated} mises à jour.</numerusform>
            </translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importée)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; (first {rows} rows)</source>
            <translation>&lt;b&gt;Aperçu&lt;/b&gt; ({rows} premières lignes)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source>Could not read the sheet</source>
            <translation>Impossible de lire la feuille</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Première valeur</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import a table from {file}</source>
            <translation>Importer un tableau depuis {file}</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Importer dans :</translation>
        </message>
        <message>
            <source>Imports as</source>
            <translation>Importée comme</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Feuille :</translation>
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation>Certaines lignes ne peuvent pas être importées</translation>
        </message>
        <message>
            <source>{column} (ignored)</source>
            <translation>{column} (ignorée)</translation>
        </message>
    </context>
    <context>
        <name>TimetableCommand</name>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <source>(week {name})</source>
            <translation>(semaine {name})</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 séance</translation>
        </message>
        <message>
            <source>Move {session} to {when}</source>
            <translation>Déplacer {session} vers {when}</translation>
        </message>
        <message>
            <source>Pin room of {sessions}</source>
            <translation>Épingler la salle de {sessions}</translation>
        </message>
        <message>
            <source>Pin time and room of {sessions}</source>
            <translation>Épingler le créneau et la salle de {sessions}</translation>
        </message>
        <message>
            <source>Pin time of {sessions}</source>
            <translation>Épingler le créneau de {sessions}</translation>
        </message>
        <message numerus="yes">
            <source>Place {session} and move %n other sessions</source>
            <translation>
                <numerusform>Placer {session} et déplacer %n autre séance</numerusform>
                <numerusform>Placer {session} et déplacer %n autres séances</numerusform>
            </translation>
        </message>
        <message>
            <source>Place {session} and move 1 other session</source>
            <translation>Placer {session} et déplacer 1 autre séance</translation>
        </message>
        <message>
            <source>Swap {first} and {second}</source>
            <translation>Échanger {first} et {second}</translation>
        </message>
        <message>
            <source>Unpin room of {sessions}</source>
            <translation>Désépingler la salle de {sessions}</translation>
        </message>
        <message>
            <source>Unpin time and room of {sessions}</source>
            <translation>Désépingler le créneau et la salle de {sessions}</translation>
        </message>
        <message>
            <source>Unpin time of {sessions}</source>
            <translation>Désépingler le créneau de {sessions}</translation>
        </message>
        <message>
            <source>Unplace {session}</source>
            <translation>Retirer {session} de la grille</translation>
        </message>
    </context>
    <context>
        <name>TimetableGrid</name>
        <message>
            <source>{room} is not a legal room for this session then.</source>
            <translation>{room} n'est pas une salle permise pour cette séance à ce moment.</translation>
        </message>
    </context>
    <context>
        <name>TimetableWidget</name>
        <message numerus="yes">
            <source> — %n no longer fit the data</source>
            <translation>
                <numerusform> — %n ne correspond plus aux données</numerusform>
                <numerusform> — %n ne correspondent plus aux données</numerusform>
            </translation>
        </message>
        <message>
            <source>(no instructor)</source>
            <translation>(pas d’enseignant)</translation>
        </message>
        <message>
            <source>(no room)</source>
            <translation>(pas de salle)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Tous les groupes</translation>
        </message>
        <message>
            <source>All groups or all rooms for the whole week</source>
            <translation>Tous les groupes ou toutes les salles pour toute la semaine</translation>
        </message>
        <message>
            <source>All rooms</source>
            <translation>Toutes les salles</translation>
        </message>
        <message>
            <source>Attendees: {groups}</source>
            <translation>Participants : {groups}</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message numerus="yes">
            <source>Careful: this adds %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>Attention : cela ajoute %n infraction stricte (souple {soft}).</numerusform>
                <numerusform>Attention : cela ajoute %n infractions strictes (souple {soft}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a group, an instructor or a room.</source>
            <translation>Choisissez un groupe, un enseignant ou une salle.</translation>
        </message>
        <message>
            <source>Hard {hard} · soft {soft}</source>
            <translation>Strictes {hard} · souples {soft}</translation>
        </message>
        <message>
            <source>Hard {hard} · soft {soft} (solver in progress)</source>
            <translation>Strictes {hard} · souples {soft} (résolution en cours)</translation>
        </message>
        <message>
            <source>Instructor: {instructor}</source>
            <translation>Enseignant : {instructor}</translation>
        </message>
        <message>
            <source>No hard violation is added; the soft score changes by {soft}.</source>
            <translation>Aucune infraction stricte ajoutée ; le score souple varie de {soft}.</translation>
        </message>
        <message>
            <source>No placement fits the edited data: see the unplaced sessions.</source>
            <translation>Aucun placement ne correspond aux données modifiées : voir les séances non placées.</translation>
        </message>
        <message>
            <source>No timetable yet: solve the data first.</source>
            <translation>Pas encore d’emploi du temps : résolvez d’abord les données.</translation>
        </message>
        <message>
            <source>Not moved. {reason}</source>
            <translation>Non déplacée. {reason}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Pinned: room (the solver keeps it; right-click to unpin)</source>
            <translation>Épinglée : salle (le solveur la garde ; clic droit pour désépingler)</translation>
        </message>
        <message>
            <source>Pinned: time (the solver keeps it; right-click to unpin)</source>
            <translation>Épinglée : créneau (le solveur le garde ; clic droit pour désépingler)</translation>
        </message>
        <message>
            <source>Pinned: time and room (the solver keeps them; right-click to unpin)</source>
            <translation>Épinglée : créneau et salle (le solveur les garde ; clic droit pour désépingler)</translation>
        </message>
        <message>
            <source>Press a card to see where it may go (green: allowed, with the change of the soft score; red: not allowed). Drop to move, Shift+drop to choose the room, drop on a card to swap; right-click a card to pin, unplace or find a place.</source>
            <translation>Appuyez sur une carte pour voir où elle peut aller (vert : autorisé, avec la variation du score souple ; rouge : non autorisé). Déposez pour déplacer, Maj+dépôt pour choisir la salle, déposez sur une carte pour échanger ; clic droit sur une carte pour l’épingler, la retirer ou lui trouver une place.</translation>
        </message>
        <message>
            <source>Re-optimise unpinned</source>
            <translation>Réoptimiser les non épinglées</translation>
        </message>
        <message>
            <source>Room: {room}</source>
            <translation>Salle : {room}</translation>
        </message>
        <message>
            <source>Run the solver from this timetable; pinned sessions stay where they are</source>
            <translation>Lancer le solveur à partir de cet emploi du temps ; les séances épinglées restent en place</translation>
        </message>
        <message>
            <source>Show both weeks: week {a} in the left half of a cell, week {b} in the right half; a session taught every week fills the cell</source>
            <translation>Afficher les deux semaines : la semaine {a} dans la moitié gauche d’une cellule, la semaine {b} dans la moitié droite ; une séance enseignée chaque semaine remplit la cellule</translation>
        </message>
        <message>
            <source>Show week {name}: its sessions and those taught every week</source>
            <translation>Afficher la semaine {name} : ses séances et celles enseignées chaque semaine</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Swap sessions</source>
            <translation>Échanger les séances</translation>
        </message>
        <message>
            <source>Swap the times of {first} and {second}? Each keeps its room, and both times get pinned.</source>
            <translation>Échanger les créneaux de {first} et {second} ? Chacune garde sa salle, et les deux créneaux sont épinglés.</translation>
        </message>
        <message>
            <source>Taught every other week: week {name} only</source>
            <translation>Enseigné une semaine sur deux : semaine {name} seulement</translation>
        </message>
        <message numerus="yes">
            <source>This removes %n hard violations (soft {soft}).</source>
            <translation>
                <numerusform>Cela supprime %n infraction stricte (souple {soft}).</numerusform>
                <numerusform>Cela supprime %n infractions strictes (souple {soft}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Unplaced ({count})</source>
            <translation>Non placées ({count})</translation>
        </message>
        <message>
            <source>Week {name}</source>
            <translation>Semaine {name}</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>non autorisé</translation>
        </message>
        <message>
            <source>soft {change}</source>
            <translation>souple {change}</translation>
        </message>
        <message>
            <source>week {name}</source>
            <translation>semaine {name}</translation>
        </message>
    </context>
    <context>
        <name>UnplacedTray</name>
        <message>
            <source>Drag it onto the grid to place it, or double-click to find a place.</source>
            <translation>Faites-la glisser sur la grille pour la placer, ou double-cliquez pour lui trouver une place.</translation>
        </message>
        <message>
            <source>Its place no longer fits the edited data.</source>
            <translation>Sa place ne correspond plus aux données modifiées.</translation>
        </message>
        <message>
            <source>Not placed.</source>
            <translation>Non placée.</translation>
        </message>
        <message>
            <source>Sessions without a place. Drag one onto the grid, or right-click: Find a place.</source>
            <translation>Séances sans place. Faites-en glisser une sur la grille, ou clic droit : Trouver une place.</translation>
        </message>
    </context>
    <context>
        <name>ViolationsPanel</name>
        <message numerus="yes">
            <source>%n violations — hard {hard}, soft {soft}</source>
            <translation>
                <numerusform>%n infraction — strictes {hard}, souples {soft}</numerusform>
                <numerusform>%n infractions — strictes {hard}, souples {soft}</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Contrainte</translation>
        </message>
        <message>
            <source>Constraint:</source>
            <translation>Contrainte :</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Pénalité</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Resource:</source>
            <translation>Ressource :</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>stricte</translation>
        </message>
        <message>
            <source>soft</source>
            <translation>souple</translation>
        </message>
    </context>
    <context>
        <name>WeekCycleEditor</name>
        <message>
            <source>A two-week cycle needs a name for each week.</source>
            <translation>Un cycle de deux semaines demande un nom pour chaque semaine.</translation>
        </message>
        <message>
            <source>Rename the weeks</source>
            <translation>Renommer les semaines</translation>
        </message>
        <message>
            <source>Teach some components every other week: a session is taught every week, or in the first or the second week of the cycle only</source>
            <translation>Enseigner certaines composantes une semaine sur deux : une séance est enseignée chaque semaine, ou seulement la première ou la deuxième semaine du cycle</translation>
        </message>
        <message>
            <source>The name of week {n} of the cycle</source>
            <translation>Le nom de la semaine {n} du cycle</translation>
        </message>
        <message>
            <source>The two weeks need different names.</source>
            <translation>Les deux semaines doivent avoir des noms différents.</translation>
        </message>
        <message>
            <source>Two-week cycle (A/B)</source>
            <translation>Cycle de deux semaines (A/B)</translation>
        </message>
        <message>
            <source>Two-week cycle off</source>
            <translation>Cycle de deux semaines désactivé</translation>
        </message>
        <message>
            <source>Two-week cycle on</source>
            <translation>Cycle de deux semaines activé</translation>
        </message>
        <message>
            <source>Weeks:</source>
            <translation>Semaines :</translation>
        </message>
    </context>
</TS>
