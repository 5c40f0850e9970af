"""Invented probe sentences for the parser's rules on unseen news (issue 9), parsed with no
annotations, each in the style of one country's press. They were written by hand from the
rule they test, not copied from any story; each checks only the facts its rule decides: a
direct quotation's speaker (None: unknown), or a date expression's value.
"""
from __future__ import annotations

import pytest

from casebook import parse_text

# (id, document date, text, [(quotation content, expected speaker)])
SPEAKERS = [
    ("name_then_title_of_a_place_parliament_set_off", "2021-11-23", "Hemin Hawrami, Deputy Speaker of Kurdistan Parliament, said in a press conference held today, \"We decided to send an official letter to the United Nations.\"", [("We decided to send an official letter to the United Nations.", "Hemin Hawrami")]),
    ("name_then_title_of_a_country_parliament_set_off", "2019-06-04", "Ana Mwangi, Deputy Chairperson of Kenya Parliament, said on Monday, “The House will sit next week.”", [("The House will sit next week.", "Ana Mwangi")]),
    ("according_to_an_indefinite_person_and_a_second_description_is_unnamed", "2025-02-10", "It is “shallow reasoning” to delay the trial, according to a former elections chief and one of the framers of the 1987 Constitution.", [("shallow reasoning", None)]),
    ("according_to_an_indefinite_lawyer_and_a_member_of_a_body_is_unnamed", "2019-07-22", "The vote was a “sham”, according to a lawyer and a member of the Bar Association of Kenya.", [("sham", None)]),
    ("according_to_a_lawyer_and_activist_then_the_name", "2020-03-03", "The vote was a “sham”, according to a lawyer and activist, Ana Lopez.", [("sham", "Ana Lopez")]),
    ("the_council_of_ministers_then_the_holder", "2025-08-01", "Deputy Chairman of the Council of Ministers Staša Košarac told the agency that the verdict was shameful. \"It is political revenge,\" Košarac said.", [("It is political revenge,", "Staša Košarac")]),
    ("the_board_of_directors_then_the_holder", "2019-03-12", "Chairman of the Board of Directors Kwame Mensah said: “The company will pay all its workers.”", [("The company will pay all its workers.", "Kwame Mensah")]),
    ("the_chamber_of_deputies_then_the_holder", "2021-05-04", "President of the Chamber of Deputies Marco Rossi said: “The session is closed.”", [("The session is closed.", "Marco Rossi")]),
    ("said_the_country_of_two_words_prime_minister_named_before", "2022-08-09", "Prime Minister Gaston Browne arrived on Tuesday. “The ties are well established,” said the Antigua and Barbuda Prime Minister.", [("The ties are well established,", "Gaston Browne")]),
    ("said_the_country_of_two_words_prime_minister_unnamed", "2022-08-09", "“The ties are well established,” said the Trinidad and Tobago Prime Minister.", [("The ties are well established,", None)]),
    ("said_the_country_president_is_not_the_country", "2018-11-20", "“We will not give in,” said the Kenya President.", [("We will not give in,", None)]),
    ("a_demonstrative_phrase_is_no_he", "2024-12-18", "This recurring pattern highlights February as a significant month in the islands’ politics.\n\nThese facts might explain the confidence when on Tuesday he announced the date.\n\n“The House is dissolved with immediate effect,” he said.", [("The House is dissolved with immediate effect,", None)]),
    ("a_demonstrative_phrase_that_reports_is_no_he", "2022-03-02", "These latest figures show a sharp rise in arrests.\n\nHe described the crackdown as “unprecedented”.", [("unprecedented", None)]),
    ("a_surname_spelt_with_and_without_its_accent", "2022-01-27", "Foreign Minister Mevlüt Cavuşoğlu spoke in Ankara on Thursday. “We do not want a conflict,” Çavuşoğlu said.", [("We do not want a conflict,", "Mevlüt Cavuşoğlu")]),
    ("a_surname_spelt_with_and_without_its_haček", "2019-04-02", "Foreign Minister Miroslav Lajčák met the envoys on Monday. “We are ready to talk,” Lajcak said.", [("We are ready to talk,", "Miroslav Lajčák")]),
    ("a_name_owning_a_party_after_from_is_no_place", "2024-05-28", "Ministers defected from Marape's Pangu Party on Monday.\n\nMarape said he had the support of 74 lawmakers.\n\nInvestors should stay confident in the country, he said.\n\n\"Investors, don't get caught up in the hogwash,\" he added.", [("Investors, don't get caught up in the hogwash,", "Marape")]),
    ("a_name_owning_a_movement_after_in_is_no_place", "2021-09-03", "Dissent grew in Hichilema's movement over the summer.\n\nHichilema said the vote was a turning point.\n\nThe party will hold its congress in December, he said.\n\n“We are one family,” he added.", [("We are one family,", "Hichilema")]),
    ("a_title_in_parliament_then_the_name_set_off_is_the_subject", "2024-01-15", "Minority Leader in Parliament, Hon. Abdul Kargbo, on behalf of his colleagues, thanked President Bio for the meeting.\n\nHe said they wanted “the government to succeed at all costs”.", [("the government to succeed at all costs", "Abdul Kargbo")]),
    ("a_title_in_the_senate_then_the_name_set_off_is_the_subject", "2019-10-02", "Majority Leader in the Senate, Dr. Ana Sousa, welcomed Prime Minister Costa to the chamber. She said the budget was “a good start”.", [("a good start", "Ana Sousa")]),
    ("the_agency_in_the_dateline_is_no_antecedent_of_it", "2020-12-23", " date 2020-12-23 Zambia Daily (AP), LUSAKA\n\nLUSAKA, Zambia (AP) — Officers fired tear gas at the crowd. But it says two people were killed “in unknown circumstances.”", [("in unknown circumstances.", None)]),
    ("the_agency_in_a_dateline_with_a_date_is_no_antecedent_of_it", "2019-03-04", " date 2019-03-04 Caracas Chronicle (Reuters), CARACAS\n\nCARACAS, March 4 (Reuters) - Soldiers blocked the bridge on Sunday. It says the aid would be “a Trojan horse.”", [("a Trojan horse.", None)]),
    ("called_for_the_establishment_of_a_quotation", "2023-04-02", "Hayashi called for the establishment of “constructive and stable Japan-China relations” and Qin expressed his support.", [("constructive and stable Japan-China relations", "Hayashi")]),
    ("called_for_the_restoration_of_a_quotation", "2021-07-19", "Opposition leader Ana Ruiz called for the restoration of “the constitutional order” in the country.", [("the constitutional order", "Ana Ruiz")]),
    ("the_leader_of_a_party_declared_is_not_the_party", "2023-11-13", "“Make sure it is people who like the Caribbean,” the leader of Grenada’s ruling National Democratic Congress declared.", [("Make sure it is people who like the Caribbean,", None)]),
    ("the_chairman_of_a_party_said_is_not_the_party", "2020-06-23", "“We will win the rerun,” the chairman of the Malawi Congress Party said.", [("We will win the rerun,", None)]),
    ("a_name_of_the_party_said_is_the_name", "2020-06-23", "“We will win the rerun,” Ana Lopez of the Malawi Congress Party said.", [("We will win the rerun,", "Ana Lopez")]),
    ("hon_without_a_stop_is_an_honorific", "2022-05-13", "Meanwhile, Hon Sione Vuna stated that the Cabinet will “continue to serve the people”.", [("continue to serve the people", "Sione Vuna")]),
    ("hon_without_a_stop_before_a_single_name", "2021-03-02", "Hon Mutharika told the House that the bill was “dead on arrival”.", [("dead on arrival", "Mutharika")]),
    ("title_of_the_unrecognized_country_then_the_holder", "2020-02-05", "This was announced by the Prime Minister of the unrecognised Kosovo Albin Kurti. “We are ready,” Kurti said.", [("We are ready,", "Albin Kurti")]),
    ("title_of_the_country_then_the_holder", "2019-04-10", "The President of the self-proclaimed Somaliland Muse Bihi Abdi spoke on Tuesday. “We will hold the vote,” Abdi said.", [("We will hold the vote,", "Muse Bihi Abdi")]),
    ("this_was_stated_by_after_a_quotation", "2023-03-27", "Talks cannot succeed if one side insists that “everything must be on the table.” This was stated on Monday by Deputy Foreign Minister Mikhail Galuzin.", [("everything must be on the table.", "Mikhail Galuzin")]),
    ("this_was_announced_by_after_a_lone_quotation", "2021-10-16", "“The elections were overshadowed by violations.”\n\nThis was announced by the head of the electoral office, Aigul Temirova, at a briefing.", [("The elections were overshadowed by violations.", "Aigul Temirova")]),
    ("this_was_said_by_only_after_a_quotation_that_ends_its_sentence", "2023-03-27", "He said “everything must be on the table” at the talks. This was said by Mikhail Galuzin.", [("everything must be on the table", None)]),
    ("said_name_then_the_title_without_a_comma", "2019-05-27", "“The Commission will wait for the court to conclude the matter,” said Jane Ansah the chairperson of the Malawi Electoral Commission", [("The Commission will wait for the court to conclude the matter,", "Jane Ansah")]),
    ("said_name_then_a_title_without_a_comma_in_a_sentence", "2020-11-02", "“We have counted every ballot,” said Peter Mutua the chairman of the tallying centre.", [("We have counted every ballot,", "Peter Mutua")]),
    ("a_stray_comma_between_the_name_and_the_cue", "2024-07-20", "“For now we are on the run after soldiers were sent,” activist Nombulelo Dlamini, told CNN.", [("For now we are on the run after soldiers were sent,", "Nombulelo Dlamini")]),
    ("a_stray_comma_between_a_bare_name_and_the_cue", "2018-09-12", "“The vote was rigged from the start,” Ramón Esquivel, told reporters in Tegucigalpa.", [("The vote was rigged from the start,", "Ramón Esquivel")]),
    ("a_titled_appositive_then_the_cue_is_no_stray_comma", "2016-11-30", "“No spokesman said they were against the peace process,” Sergio Jaramillo Caro, Santos' High Commissioner for Peace, said during the debate.", [("No spokesman said they were against the peace process,", "Sergio Jaramillo Caro")]),
    ("a_quotation_then_and_name_cue_is_the_first_clause", "2023-04-02", "Hayashi said there must be “constructive and stable relations” and Qin expressed his support.", [("constructive and stable relations", "Hayashi")]),
    ("a_quotation_then_and_name_cue_after_said_in_africa", "2022-06-14", "Mutua said the vote would be “free and fair” and Raila Odinga welcomed the pledge.", [("free and fair", "Mutua")]),
    ("the_police_statement_is_the_polices", "2020-12-23", "LUSAKA, Zambia (AP) — Police in Zambia say two people have been shot dead. The police statement says people had been advised to \"stay away” as the opposition leader was arriving.", [("stay away", "Police")]),
    ("the_army_statement_after_the_army_is_named", "2021-02-01", "The Myanmar Army detained the country's leaders on Monday. The army statement said the vote had been marred by “terrible fraud”.", [("terrible fraud", "Myanmar Army")]),
    ("police_in_a_country_then_the_police_said", "2022-08-09", "Police in Kenya say three people were arrested. “The suspects will be charged,” the police said.", [("The suspects will be charged,", "Police")]),
    ("name_now_says", "2020-12-23", "Hakainde Hichilema was summoned to police headquarters. Hichilema now says police are “waging war against citizens” as the campaign begins.", [("waging war against citizens", "Hakainde Hichilema")]),
    ("name_still_says", "2019-03-03", "Former minister Rosa Ibarra left the party last year. Ibarra still says the reform was “a betrayal”.", [("a betrayal", "Rosa Ibarra")]),
    ("a_question_then_a_name_set_off_by_an_appositive_and_the_cue", "2021-03-01", "\"Running for the election is what kind of illegal means, what kind of violent threat?\" Chan Po-ying, chairwoman of the League of Social Democrats, said outside the court.", [("Running for the election is what kind of illegal means, what kind of violent threat?", "Chan Po-ying")]),
    ("a_question_then_a_name_set_off_by_an_appositive_and_told", "2018-05-02", "“Why now, after ten years?” Ana Lopez, a lawyer for the family, told reporters in Lima.", [("Why now, after ten years?", "Ana Lopez")]),
    ("a_partial_question_then_a_set_off_name_is_not_the_speaker", "2018-05-02", "The minister asked “why now?” Ana Lopez, a lawyer for the family, told reporters the case was closed.", [("why now?", None)]),
    ("a_title_opening_the_paragraph_before_a_lone_quotation", "2012-10-13", "Prime Minister Owen Clarke spoke at a rally on Saturday.\n\nThe Prime Minister also had a special message for the Opposition.\n\n“Either get out of the way, or you will be stepped upon.”", [("Either get out of the way, or you will be stepped upon.", "Owen Clarke")]),
    ("the_president_opening_the_paragraph_before_a_lone_quotation", "2021-06-01", "President Hakainde Mwila toured the flooded districts on Monday.\n\nThe President then turned to the donors in the room.\n\n“We cannot rebuild these roads alone.”", [("We cannot rebuild these roads alone.", "Hakainde Mwila")]),
    ("he_made_the_comments_after_a_quotation", "2023-11-12", "Election Commissioner Rashed Karim met journalists on Sunday.\n\n“The Commission is ready to announce the schedule,” he made the comments while talking to journalists at the commission's office.", [("The Commission is ready to announce the schedule,", "Rashed Karim")]),
    ("name_made_these_remarks_after_a_quotation", "2019-08-03", "“We will not be intimidated by anyone,” Qamar Zaman made these remarks at a rally in Lahore on Saturday.", [("We will not be intimidated by anyone,", "Qamar Zaman")]),
    ("furthermore_between_subject_and_cue", "2024-01-10", "Government spokesman Andreas Petrou spoke on Monday.\n\nHe furthermore noted that the minister “will also convey the results of the initiative.”", [("will also convey the results of the initiative.", "Andreas Petrou")]),
    ("moreover_between_subject_and_cue", "2017-06-21", "Opposition leader Grace Mutale addressed supporters in Ndola.\n\nShe moreover warned that the party “will not accept a stolen election.”", [("will not accept a stolen election.", "Grace Mutale")]),
    ("the_police_official_is_the_titled_speaker_before", "2024-07-20", "However, Detective Branch Police Joint Commissioner Rafiq Ahmed said, \"They were brought in for questioning.\"\n\nThe three had been taken to scrutinise reports of violence, the police official said.\n\n“They have been released,” he said.", [("They have been released,", "Rafiq Ahmed")]),
    ("the_court_official_is_the_titled_speaker_before", "2019-05-02", "Court Registrar Mary Njeri told reporters: “The ruling will be delivered in writing.”\n\nThe parties would receive copies by Friday, the court official said.\n\n“Nobody will be turned away,” she added.", [("Nobody will be turned away,", "Mary Njeri")]),
    ("all_opens_a_partys_name", "2023-02-20", "“We will win every state,” the All Progressives Congress said in a statement on Sunday.", [("We will win every state,", "All Progressives Congress")]),
    ("all_then_possessive_opens_a_partys_name", "2018-04-02", "The All People’s Congress said, “We wish to make it known that our patience should never be taken for weakness.”", [("We wish to make it known that our patience should never be taken for weakness.", "All People’s Congress")]),
    ("in_a_statement_then_the_ministry_is_the_issuer", "2021-03-14", "The Kenyan Ministry of Foreign Affairs announced on Saturday that a delegation was in Addis Ababa.\n\nIn an official statement, the ministry said the delegation was led by the Kenyan Trade Minister, Ali Juma Omar.\n\nThe statement said the visit aimed at “deepening relations between the two countries.”", [("deepening relations between the two countries.", "Kenyan Ministry of Foreign Affairs")]),
    ("in_a_statement_then_the_commission_is_the_issuer", "2019-07-02", "The Electoral Commission of Ghana published the final register on Monday.\n\nIn a statement, the commission said its Deputy Operations Director, Samuel Tettey, would brief parties.\n\n“All objections have been resolved,” the statement added.", [("All objections have been resolved,", "Electoral Commission of Ghana")]),
    ("unclosed_quotation_after_saying_runs_to_the_paragraph_end", "2025-05-05", "Prime Minister Peter Tanu called for calm, saying \"I will not step down before the vote this week.\n\nThe opposition filed its motion on Friday.", [("I will not step down before the vote this week.", "Peter Tanu")]),
    ("unclosed_quotation_after_said_runs_to_the_paragraph_end", "2020-02-11", "Opposition leader Maria Banda said “the budget is a betrayal of the poor.\n\nParliament will vote on Thursday.", [("the budget is a betrayal of the poor.", "Maria Banda")]),
    ("furthered_is_a_cue_before_a_clause", "2021-08-19", "In a national address, the prime minister said it is time for voters to choose.\n\nDavis furthered the next government will have hard decisions to make.\n\n“A new mandate is needed,” he said.", [("A new mandate is needed,", "Davis")]),
    ("surname_furthered_that", "2018-01-22", "The senator spoke at the inauguration on Monday.\n\nKollie furthered that the peace the country enjoys was earned with sacrifice.\n\n“We must protect it,” he said.", [("We must protect it,", "Kollie")]),
    ("taking_notes_is_no_cue", "2024-06-04", "The Chief Justice suggested taking notes after hearing the arguments.\n\nForms are to be collected. “We noted that the commission has informed the candidates.”", [("We noted that the commission has informed the candidates.", None)]),
    ("the_president_notes_is_still_a_cue", "2019-09-12", "“We will not be intimidated,” President Ana Reyes notes in her letter.", [("We will not be intimidated,", "Ana Reyes")]),
    ("unclosed_capitalised_title_appositive_before_the_cue", "2021-07-09", "The Supreme Court confirmed the hearing on Thursday.\n\n\"The final verdict is expected on July 12,\" Ram Bahadur Thapa, Information Officer at the court told ANI.", [("The final verdict is expected on July 12,", "Ram Bahadur Thapa")]),
    ("unclosed_capitalised_title_appositive_police", "2022-03-14", "The police service issued a warning on Monday.\n\n“Information reaching the Police indicates that a march is planned,” Kwame Mensah, Public Relations Officer of the Region said.", [("Information reaching the Police indicates that a march is planned,", "Kwame Mensah")]),
    ("single_marks_run_over_paragraphs_to_a_bare_close", "2015-03-06", "The result is a turning point, senator Ana Pop told a news conference on Friday.\n\n‘It is an important day for the country and for its neighbours. The coalition has kept its word.\n\nIt is a victory for the voters and for the region’s future’, Pop said.", [("It is an important day for the country and for its neighbours. The coalition has kept its word.", "Ana Pop"), ("It is a victory for the voters and for the region’s future", "Ana Pop")]),
    ("single_marks_reopened_in_the_next_paragraph", "2019-11-20", "Party leader Sean Doyle spoke to Radio Kerry on Wednesday.\n\n‘We have not decided on a coalition. The members will have their say.\n\n‘Nobody should take our votes for granted,’ Doyle said.", [("We have not decided on a coalition. The members will have their say.", "Sean Doyle")]),
    ("a_ministry_owned_by_its_is_no_name", "2024-05-28", "Kenya recalled its envoy in April.\n\nOn Tuesday, its foreign ministry announced in a statement that the diplomat had 72 hours to leave.\n\nIt said the diplomat had failed \"to respect the laws of the host nation\".", [("to respect the laws of the host nation", None)]),
    ("their_office_said_is_no_name", "2019-02-14", "“The minister will not attend the summit,” their office said in a short note on Thursday.", [("The minister will not attend the summit,", None)]),
    ("initial_joined_to_a_name_is_a_person", "2023-04-11", "ULAANBAATAR – B.Batbold, the Speaker of Parliament posted on his official page that the session would open on Monday.\n\nHe wrote, “The budget must be debated in the open”.", [("The budget must be debated in the open", "B.Batbold")]),
    ("initial_joined_to_a_hyphenated_name_speaks", "2022-12-07", "DARKHAN, March 3 – S.Tsend-Ayush, the Governor of the province told reporters that the list was final.\n\nShe added: “No candidate will be replaced.”", [("No candidate will be replaced.", "S.Tsend-Ayush")]),
    ("connective_then_quotation_after_reported_speech", "2021-07-09", "Prime Minister Ana Mwale spoke in parliament on Monday.\n\nThe government is patient and will stay so, the premier noted. However “legal measures will be taken against those who defy the courts.”", [("legal measures will be taken against those who defy the courts.", "Ana Mwale")]),
    ("but_then_quotation_after_a_persons_sentence", "2016-02-11", "Senator Tomas Varga met the farmers on Tuesday.\n\nHe said the subsidy would stay. But “the money will not come before the summer.”", [("the money will not come before the summer.", "Tomas Varga")]),
    ("title_of_elections_then_a_name", "2019-03-02", "Speaking to reporters, Director of Elections Ruth Ama Owusu said the roll was complete.\n\n“Every voter will find a name on the list,” she said.", [("Every voter will find a name on the list,", "Ruth Ama Owusu")]),
    ("commissioner_general_of_elections_then_a_name", "2021-07-09", "Speaking at a news conference, Commissioner General of Elections Anil Kumara Perera revealed that 12 papers were rejected. “The ballots will be counted tonight,” he said.", [("The ballots will be counted tonight,", "Anil Kumara Perera")]),
    ("parts_of_a_titled_persons_ruling_read", "2019-06-30", "Justice Kenyatta Mbeki dismissed the application on Friday.\n\nParts of Justice Mbeki’s ruling read as follows: “The Courts have held in favour of the right to demonstrate.”", [("The Courts have held in favour of the right to demonstrate.", "Kenyatta Mbeki")]),
    ("particle_ya_inside_a_name", "2020-01-01", "DEFENCE minister Penda ya Nangolo has asked fellow members of parliament to stop asking questions that \"might compromise national security.\"", [("might compromise national security.", "Penda ya Nangolo")]),
    ("chamber_then_three_word_name", "2022-12-21", "Congress' Leader of the House Arun Kumar Sinha urged the Speaker to allow a debate.\n\n\"We have been demanding a discussion since morning,\" he said.", [("We have been demanding a discussion since morning,", "Arun Kumar Sinha")]),
    ("the_top_cop_is_no_name", "2022-09-14", "Police rejected the party's notification on Monday.\n\n\"Your notification is invalid,\" the top cop said.", [("Your notification is invalid,", None)]),
    ("head_of_state_opening_keeps_the_president_in_view", "2023-03-10", "President Ana Mwale has called on ambassadors to join hands in the country's agenda.\n\nThe Head of State said government has set out ambitious targets.\n\nHe said such development can only be realised with peace.\n\n“On many occasions we have spoken about the importance of changing the narrative”, he said.", [("On many occasions we have spoken about the importance of changing the narrative", "Ana Mwale")]),
    ("body_with_department_then_four_word_name", "2022-06-23", "The spokesperson for the Vietnamese Ministry of Foreign Affairs Phạm Thị Minh Hoa spoke on Thursday.\n\n“The drill goes against the spirit of the Declaration,” Hoa said.", [("The drill goes against the spirit of the Declaration,", "Phạm Thị Minh Hoa")]),
    ("weekday_possessive_document_has_no_owner", "2024-03-14", "The Transitional Council issued a statement on Wednesday.\n\n“The council will appoint a prime minister,” Wednesday’s statement said.", [("The council will appoint a prime minister,", "Transitional Council")]),
    ("spokesperson_for_a_named_person_is_unnamed", "2024-12-14", "“We scheduled the plenary session at 4 p.m.,” the spokesperson for Senate President Ana Cruz said Friday.", [("We scheduled the plenary session at 4 p.m.,", None)]),
    ("a_persons_party_opens_the_clause", "2011-05-20", "Police arrested Ivo Kovac on Friday. Police said he was questioned for hours.\n\nKovac's Party of Labour and Unity condemned what it called \"meddling in politics by the prosecution.\"", [("meddling in politics by the prosecution.", "Kovac's Party of Labour and Unity")]),
    ("dr_congo_is_one_country_not_a_speaker", "2018-08-03", "\"We have moved several stages in the process,\" said the DR Congo Minister.", [("We have moved several stages in the process,", None)]),
    ("adviser_is_a_title", "2022-06-23", "“No one should be put in jail for peaceful protest,” National Security Adviser Tom Harris said in a statement.", [("No one should be put in jail for peaceful protest,", "Tom Harris")]),
    ("possessive_then_remarks_is_a_noun", "2017-10-10", "According to the statement issued by the Ministry of Foreign Affairs, it expresses a 'strong protest' in connection with Mr. Bakiev's remarks towards the leadership of the country.", [("strong protest", "Ministry of Foreign Affairs")]),
    ("the_countrys_top_diplomat_is_the_story_person", "2014-06-12", "Foreign Minister Ana Mendes praised the report on Wednesday.\n\nThe country's top diplomat said officials had visited various countries \"and signed new agreements.\"", [("and signed new agreements.", "Ana Mendes")]),
    ("unclosed_possessive_appositive_then_quoted_as", "2005-04-25", "\"We want the summit to remember the message of 1955,\" Budi, Perisai's spokesman was quoted by Antara as saying.", [("We want the summit to remember the message of 1955,", "Budi")]),
    ("inverted_cue_party_initials_then_title_then_name", "2016-03-10", "ATHENS – “The government met its Waterloo in parliament,” stated main opposition Civic Union (CU) spokeswoman Elena Doukas on Thursday.\n\n“We warn the government not to close the committee,” she added.", [("The government met its Waterloo in parliament,", "Elena Doukas"), ("We warn the government not to close the committee,", "Elena Doukas")]),
    ("fired_back_is_a_cue_with_its_particle", "2020-05-03", "Opposition leader Ama Banda spoke in parliament on Monday.\n\n\"I am not taking any instruction from him and that's final!\" Banda fired back.", [("I am not taking any instruction from him and that's final!", "Ama Banda")]),
    ("plain_apostrophe_possessive_before_a_title", "2016-12-01", "\"Democracy is the best instrument to resolve conflicts,\" Ana Ruiz Ortega, Torres' High Commissioner for Peace, said on Wednesday.", [("Democracy is the best instrument to resolve conflicts,", "Ana Ruiz Ortega")]),
    ("titled_name_then_who_clause_is_the_name", "2016-12-01", "The Congress endorsed the agreement.\n\nPresident Ana Lopes Ferreira, who won the 2016 Nobel Peace Prize in October for her efforts in ending the 52-year Colombian conflict with the ELN rebels, expressed her \"gratitude to Congress for its support.\"", [("gratitude to Congress for its support.", "Ana Lopes Ferreira")]),
    ("he_said_after_a_report_goes_on_from_the_last_speaker", "2021-05-28", "On Friday, High Court judge Mary Wanjiru sentenced 10 activists to jail terms. Peter Otieno received 14 months, suspended for two years.\n\nOutside court, opposition lawmaker Otieno said punishments used to be a fine. The judge set a new precedent by using 18 months as her starting point, he said.\n\n“Kenya has changed, and the courts have changed,” he said.", [("Kenya has changed, and the courts have changed,", "Peter Otieno")]),
    ("subject_of_a_clause_after_after", "2021-01-28", "The commission's statement comes after the army spokesman warned the military would “take action” if its demands were not met.", [("take action", None)]),
    ("sources_close_to_a_person_are_no_one_named", "2014-03-11", "Speaker Dan Levi met opposition leaders on Monday.\n\nSome lawmakers opposed the proposal, and sources privy to Levi said that the opposition's conduct is \"extortion.\" A source close to Speaker Levi said the deal was \"dead.\"", [("extortion.", None), ("dead.", None)]),
    ("a_possessed_relation_noun_opens_a_sentence_unnamed", "2018-02-05", "President Ali Hassan lashed out at the court on Friday.\n\nThe president’s main rival urged people not to obey what he called an “unlawful order”.", [("unlawful order", None)]),
    ("an_indefinite_role_with_two_modifiers_is_someone_new", "2018-02-05", "President Ali Hassan lashed out at the court on Friday.\n\nA senior opposition lawmaker urged people not to obey what he called an “unlawful order”.", [("unlawful order", None)]),
    ("passive_quoted_as_after_a_title", "2020-11-04", "LIMA (Andes Wire) President Ana Ruiz is demanding hearings this week, radio reported.\n\n\"We disagree with the decision, but we accept it,\" the president was quoted as saying.", [("We disagree with the decision, but we accept it,", "Ana Ruiz")]),
    ("a_clock_time_never_speaks", "2023-03-08", "Around 10 p.m., demonstrators gathered outside parliament in Tbilisi, chanting \"no to the Russian law,\" as police moved in.", [("no to the Russian law,", None)]),
    ("the_party_is_the_name_after_its_kind", "2019-05-16", "Opposition party Nova Vlna urged the government on Thursday to “stop the chaos” in the cabinet.\n\n“We cannot have ministers who vote against their own government,” the party said in a statement.", [("We cannot have ministers who vote against their own government,", "Nova Vlna")]),
    ("plural_title_gives_each_holder_the_title", "2022-11-28", "LISBON, November 28. Presidents Ana Lopes of Portugal and Pedro Sanz of Spain signed a joint declaration on Monday.\n\nSanz is on his first official visit to Lisbon.\n\nDuring his talks with Lopes, the Spanish president noted the importance of the visit. \"I would like to thank you for the warm welcome,\" he said.", [("I would like to thank you for the warm welcome,", "Pedro Sanz")]),
    ("plural_title_first_holder_tied_by_of_country", "2022-11-28", "LISBON, November 28. Presidents Ana Lopes of Portugal and Pedro Sanz of Spain signed a joint declaration on Monday.\n\nSanz is on his first official visit to Lisbon.\n\n\"Our two nations share one history,\" the Portuguese president said.", [("Our two nations share one history,", "Ana Lopes")]),
    ("commodore_is_a_title", "2009-01-28", "Fiji's military leader Tevita Naulu spoke on Monday.\n\n“We will not hold elections this year,” Commodore Naulu said.", [("We will not hold elections this year,", "Tevita Naulu")]),
    ("speaker_inside_reported_speech_not_in_view", "2019-01-11", "Socialist MEP Ana Kovacs told journalists that Varga’s press conference had signalled the start of his campaign. She said Varga had “tried hard” to hide the protests.", [("tried hard", "Ana Kovacs")]),
    ("the_body_then_its_office_as_subject", "2023-02-14", "SEOUL -- The floor leader of the ruling Unity Party (UP) on Tuesday accused the opposition of abusing its majority.\n\nRep. Kim Dae-sung made the remarks in a speech at the National Assembly.\n\nThe UP floor leader also attacked the opposition chair, saying the allegations are hurting the “prestige of the National Assembly.”", [("prestige of the National Assembly.", "Kim Dae-sung")]),
    ("inverted_cue_then_persons_office_then_name", "2022-11-13", "“The President is not aware of any such rift,” said President Ana Lopes’s spokesperson, Tomas Vela.", [("The President is not aware of any such rift,", "Tomas Vela")]),
    ("inverted_cue_then_persons_office_unnamed", "2022-11-13", "“There is no crisis in the cabinet at all,” said President Ana Lopes’s spokesperson.", [("There is no crisis in the cabinet at all,", None)]),
    ("a_countrys_opposition_no_one_named", "2021-10-13", " date 2021-10-13 Andes Daily, LIMA\n\nPeru’s opposition has rallied against the government of President Jorge Salas, accusing him of “political persecution.”\n\nProtesters blocked the streets in the capital Lima and the southern Peruvian city of Arequipa.\n\n“We cannot give so much power to a president who is leading Peru to ruin,” a protester said", [("political persecution.", None)]),
    ("surname_in_capitals_then_given_name", "2024-01-04", "TOKYO: SATO Hiroshi, leader of the opposition Reform Party, spoke on Thursday.\n\nIn his speech, Sato said, “Now is the time for the opposition to stand up.”", [("Now is the time for the opposition to stand up.", "SATO Hiroshi")]),
    ("inverted_speaker_with_long_title_has_spoken", "2023-11-02", "“Who is this dialogue for?” said APC Senior Joint Secretary General Musa Bello Danjuma.\n\nSpeaking at a briefing, he also questioned a letter sent to APC Secretary General Ado Kabir Lawal.\n\n“They are staging a farce in the name of dialogue,” the APC leader said.", [("They are staging a farce in the name of dialogue,", "Musa Bello Danjuma")]),
    ("supervisor_is_a_title", "2014-09-19", "The Elections Supervisor Ana Kora says counting has not stopped.\n\n“Our agents were here the whole day, looking at the count,” she said.", [("Our agents were here the whole day, looking at the count,", "Ana Kora")]),
    ("appositive_name_after_epithet_and_title", "2020-01-10", "Rivals rejected the count on Monday.\n\n“We do not accept the results,” Rivera’s husband, the ousted former President Tomas Mejia, said Monday.", [("We do not accept the results,", "Tomas Mejia")]),
    ("last_of_a_list_after_comma_no_speaker", "2020-01-10", "The embassy issued a statement late Thursday on the crisis.\n\n“The United States continues to urge all stakeholders to enter a dialogue,” the statement issued in English, French and Creole said.", [("The United States continues to urge all stakeholders to enter a dialogue,", None)]),
    ("one_of_them_then_the_name", "2020-01-10", "Several activists were detained on Monday.\n\n“They are scaring citizens with false claims,” one of them, Aram Petrosyan, told reporters.", [("They are scaring citizens with false claims,", "Aram Petrosyan")]),
    ("when_asked_no_speaker_of_its_own", "2020-01-10", "Senate President Chiz Ramos was asked about it on Monday.\n\nRamos made the reaction when asked about the “deal signed in secret last year” in the chamber.", [("deal signed in secret last year", None)]),
    ("a_persons_own_claim_that", "2020-01-10", "Vice President Maria Lopez spoke on Monday.\n\nEscudero reacted when asked about Lopez’s claim that her possible removal is “openly discussed” in the House.", [("openly discussed", "Maria Lopez")]),
    ("platform_is_an_organisation_word", "2024-11-23", "Elsewhere, in a statement, the Platform for Civic Renewal (PCR) urged calm, adding that “the lawyers must be given access to him.”", [("the lawyers must be given access to him.", "Platform for Civic Renewal")]),
    ("fronted_participle_clause_with_relative", "2019-07-06", "Addressing reporters on Friday, the party's chairman, Mr Juma Mtei said the body was needed.\n\nSpeaking on former Arusha Member of Parliament Ali Kombo, who lost his parliamentary seat recently, Mr Mtei challenged the move saying the attack he survived was well known to every citizen.\n\n“This is a clear sign that Mr Kombo is feared by many,” he said.", [("This is a clear sign that Mr Kombo is feared by many,", "Juma Mtei")]),
    ("hyphenated_surname_written_with_space", "2026-01-07", "Spokesperson Dr. Salem Rashid Al-Kaabi said on Monday that talks continue.\n\nRegarding the border, Al Kaabi noted that aid must flow. “Blackmail through aid is never acceptable,” he said.", [("Blackmail through aid is never acceptable,", "Salem Rashid Al-Kaabi")]),
    ("appositive_of_another_persons_office", "2022-01-08", "Former President Ana Ruiz is in the capital and in direct contact with President Carlos Vega, Ruiz's spokesman said Saturday.\n\n“She is safe and well and in the capital,” the spokesman said.", [("She is safe and well and in the capital,", None)]),
    ("country_owned_plural_people_subject", "2020-01-10", "Kenya's jubilant Opposition leaders on Thursday welcomed the court's verdict, terming it an “epoch-making” day for the law.\n\n“The people of Kenya have won! God bless Kenya,” Leader of the Opposition in National Assembly John Mwangi said in a tweet.", [("epoch-making", None), ("The people of Kenya have won! God bless Kenya,", "John Mwangi")]),
    ("quotation_paired_with_speech", "2020-01-10", "Carrying banners with the messages “Free them all” and “No more lies,” the students marched.", [("Free them all", None)]),
    ("partial_quote_reported_by_unnamed_lawyer_bare_day", "2019-01-01", "An activist expects to return to prison “at any time” after a court upheld her sentence, her lawyer said Tuesday.", [("at any time", None)]),
    ("dash_list_after_object_not_subject", "2020-01-10", "Prime Minister Laila Vaai was sworn in on Monday.\n\nVaai thanked voters for the landslide.\n\nDuring her address the Samoan leader also spoke directly to Pacific leaders in the audience – Tonga Prime Minister Sione Fifita; Fiji Prime Minister Josefa Vula and Tuvalu Prime Minister Kausea Tafia.\n\nShe assured that her Government was eager “to restore its partnership with you in pursuit of our regional goals”.", [("to restore its partnership with you in pursuit of our regional goals", "Laila Vaai")]),
    ("epithet_not_of_another_nation", "2014-12-10", "Tajik President Rustam Nazarov met visiting Kazakh counterpart Aidos Serikbayev on Monday.\n\n“Our ties are strong and old,” Nazarov said.\n\nThe Kazakh president thanked the host for “a cordial atmosphere” during the visit.", [("a cordial atmosphere", None)]),
    ("body_initials_not_its_officer_spokesman_issues", "2020-01-10", "The two leaders met in Geneva with United Nations Secretary-General Maria Lindqvist on Friday.\n\n“The talks were frank and useful,” said a statement issued by UN spokesman Tomas Herrera.\n\n“The leaders will meet again in the spring,” the statement added.", [("The leaders will meet again in the spring,", "Tomas Herrera")]),
    ("placard_words_after_said_comma", "2020-01-10", "Waving banners that said, “We need jobs” and “Free our sons,” about 500 people gathered in the square.", [("We need jobs", None), ("Free our sons,", None)]),
    ("document_named_by_its_issuer", "2020-01-10", "The United Party for National Development (UPND) met on Friday.\n\n“We will fight on,” the UPND statement said.", [("We will fight on,", "United Party for National Development")]),
    ("document_language_adjective_no_issuer", "2020-01-10", "Soldiers patrolled the capital on Friday.\n\n“Calm has returned to the capital,” the Amharic-language statement said.", [("Calm has returned to the capital,", None)]),
    ("inverted_speaker_in_a_statement_long_title", "2023-12-15", "“The commission is biased,” said Liberal Party Senior Joint Secretary General Adebayo Chukwuemeka Okafor in a statement yesterday.\n\nThe Liberal Party statement called the plan “reckless and dangerous”.", [("reckless and dangerous", "Adebayo Chukwuemeka Okafor")]),
    ("state_formal_name_before_holder", "2020-10-06", "President of the Slovak Republic Jana Kovacova opened the session. “We will not yield,” she said.", [("We will not yield,", "Jana Kovacova")]),
    ("opposition_leader_in_owned_assembly", "2020-10-06", "Leader of Opposition in Zambia's National Assembly Mwila Banda said the bill was rushed. “The budget is dead,” Banda told reporters.", [("The budget is dead,", "Mwila Banda")]),
    ("in_a_statement_owner_of_title_not_issuer", "2020-10-06", "In a statement on Sunday, the speaker of Ghana's parliament Kofi Mensah rejected the reports. “The account is fake and we never opened it,” the statement said.", [("The account is fake and we never opened it,", "Kofi Mensah")]),
    ("statement_by_lowercase_owned_office", "2020-10-06", "“We reject the claims,” a statement by the senate's secretariat said on Sunday.", [("We reject the claims,", "senate's secretariat")]),
    ("accused_of_after_passive_agent", "2020-10-06", "Prime Minister Lina Berzina said an election would come in time, as she was challenged by opposition MP Arturs Kalnins to resign and accused of hiding the government’s “failures” on health.", [("failures", "Arturs Kalnins")]),
    ("cue_word_after_article_is_noun", "2020-10-06", "“Release the prisoners now,” Radio Mona quotes one of the demands of the marchers.", [("Release the prisoners now,", None)]),
    ("name_before_an_unclosed_who_clause_is_the_subject", "2016-08-09", "Human rights lawyer Priya Raman said the ruling was unfair.\n\nRaman who is the wife of cricket star Arjun Mehta also said the appeal ruling was “full of contradictions” and unjust.", [("full of contradictions", "Priya Raman")]),
    ("balinese_name_keeps_its_prefix", "2026-01-15", "Judge I Ketut Darpawan sentenced the four men on Tuesday in Denpasar.\n\n“The panel chose a punishment that emphasises education,” Darpawan said.", [("The panel chose a punishment that emphasises education,", "I Ketut Darpawan")]),
    ("directed_is_a_cue", "2024-06-30", "Senate Speaker Joyce Wanjiru has cautioned senators against commenting on the impeachment.\n\nThe Speaker’s caution comes amid concerns about public statements.\n\nShe reminded the lawmakers that the Senate will be conducting investigations into the matter.\n\n“The hearing is not a formality; it is a test of our oversight role,” the Senate Speaker directed.", [("The hearing is not a formality; it is a test of our oversight role,", "Joyce Wanjiru")]),
    ("rein_in_a_name_is_no_place", "2025-02-27", "The verdict was the first time since the 1990s war in the former Czechoslovakia that judges moved to rein in Novak, raising fears of unrest.\n\nNovak seemed cheerful after the verdict.\n\n“We must stay calm,” he said in a statement.", [("We must stay calm,", "Novak")]),
    ("wrong_way_guillemet_closing_before_a_subject_and_cue", "2019-08-01", "«It is very hard news,» said President Almazbek Toktomushev.\n\n\"We will not try to influence the investigation in any way, «the head of state added.", [("We will not try to influence the investigation in any way,", "Almazbek Toktomushev")]),
    ("body_then_secretariat_speaks_as_the_body", "2023-12-09", "In Addis Ababa, the African Union Commission secretariat in a statement said it “rejects any attempt to annul the vote.”", [("rejects any attempt to annul the vote.", "African Union Commission")]),
    ("surname_qualifying_a_role_before_a_name", "2020-03-11", "Opposition leader María Corina Reyes led the march in Caracas.\n\n“It once again shows the nature of this regime,” said lawmaker and Reyes supporter Julio Montes, his eyes red from the gas.", [("It once again shows the nature of this regime,", "Julio Montes")]),
    ("but_the_body_acronym_leader_opens_a_new_subject", "2017-07-01", "A magistrate has ruled that Malawi’s main opposition leader, Peter Banda, should be tried by the High Court.\n\nMagistrate Grace Phiri ruled that “I hereby commit the accused persons to the High Court for trial.”\n\nBut the Democratic Alliance for Progress (DAP) leader told the press after the ruling that he was prepared.\n\n“We have always been ready for trial,” he said.", [("We have always been ready for trial,", None)]),
    ("age_epithet_with_a_common_noun", "2020-07-06", "Opposition candidate Luisa Fernández has claimed victory in Costa Rica’s presidential race.\n\nFernández is seeking to end 12 years of rule by the governing party, whose candidate Mario Solís was second.\n\n“We won, and we will never forget who we owe this to,” the 58-year-old economist said from a stage in San José.", [("We won, and we will never forget who we owe this to,", "Luisa Fernández")]),
    ("offices_of_countries_are_no_country_speaking", "2022-08-26", "Taiwan’s foreign ministry on Friday criticised Beijing.\n\nThe ambassadors of Belize, Haiti, Palau and Tuvalu on Tuesday expressed their “grave concern” over the drills.", [("grave concern", None)]),
    ("a_name_after_in_the_is_no_persons_name", "2021-09-14", "Opposition Leader Joan Mahabir criticised the President's address on Monday.\n\nSpeaking in the Blue House Lobby after the sitting, the Arima MP made it clear debate had been cut short.\n\n“We are elected to be heard on both sides (of the House).”\n\nShe said both sides of the House get shut down.\n\n“It would be good if the President would honour her own words.”", [("It would be good if the President would honour her own words.", "Joan Mahabir")]),
    ("chants_of_a_quotation_are_a_crowds", "2020-01-01", "Opposition leader Ruth Mensah addressed the rally in Kumasi.\n\n“This is only the start,” Mensah said to loud cheers and chants of “Akufo must go,” from her supporters.\n\nThey later marched to the regional office.", [("This is only the start,", "Ruth Mensah"), ("Akufo must go,", None)]),
    ("cue_before_that_is_no_inverted_cue", "2025-05-19", "Police in Managua detained more people over the weekend.\n\nThe exile outlet, which cited “at least fifteen detainees,” added that Carlos Mairena, a former mayor, was also taken into custody.", [("at least fifteen detainees,", None)]),
    ("a_joint_statement_that_read_has_no_one_speaker", "2020-06-10", "The court ruled on Tuesday in Phoenix.\n\nSpeaker Rosa Delgado and Senate President Mark Ellison released a joint statement that read, “We are pleased the court will not intervene.”", [("We are pleased the court will not intervene.", None)]),
    ("a_message_someone_put_out_that_read", "2021-03-09", "The ruling party on Tuesday denied reports of a split.\n\nOpposition spokesperson Tendai Moyo put out a message on his Twitter handle that read, “To all who gossip about me: thanks for the attention.”\n\n“Rumours travel fast, so check them first”, another message put out by him read.", [("To all who gossip about me: thanks for the attention.", "Tendai Moyo"), ("Rumours travel fast, so check them first", "Tendai Moyo")]),
    ("own_cue_with_a_definite_title_still_continues", "2019-06-20", "Leader of opposition Hakim Banda in his address said Zambians are eager to know what happened.\n\n“Trust in our institutions has been put into question,” said the United Party for National Development (UPND) president.", [("Trust in our institutions has been put into question,", "Hakim Banda")]),
    ("short_quotation_closed_by_a_comma_is_speech", "2022-02-11", "Police said about 500 people marched in Colombo.\n\n“Go home now,” read a placard held by a student.", [("Go home now,", None)]),
    ("expletive_it_is_alleged_is_no_speaker", "2021-11-22", "The Lusaka court charged the Patriotic Front Youth League with public disorder.\n\nAccording to the charge sheet, it is alleged that the four insulted the officers, saying: “You are the president’s dogs.”", [("You are the president’s dogs.", None)]),
    ("someone_from_an_office_is_someone_new", "2022-05-02", "Finance Minister Kofi Mensah has said he is watching the talks. “The only item is the budget,” a spokesperson from the speaker’s office said in Accra.", [("The only item is the budget,", None)]),
    ("same_day_between_subject_and_cue", "2024-03-14", "Opposition leader Sajid Rahman on the same day said the party’s “basic position” was to “talk first, march later.”", [("basic position", "Sajid Rahman"), ("talk first, march later.", "Sajid Rahman")]),
    ("a_country_alone_is_no_persons_partial_name", "2023-11-20", "Nigerian senator Israel Okoro criticised the airstrikes at a hearing in Abuja on Monday.\n\nIsrael rejected the criticism, saying its army “acted within the law.”", [("acted within the law.", "Israel")]),
    ("three_quotations_share_the_cue_after_the_last", "2022-02-11", "Police said about 500 people marched in Kandy.\n\n“Go home now,” “no more queues for fuel,” and “give us elections,” read some placards.", [("Go home now,", None), ("no more queues for fuel,", None), ("give us elections,", None)]),
    ("pointed_at_and_went_on_about_a_quotation", "2024-05-05", "Prime Minister Kamla Rampersad spoke in Port of Spain.\n\nAsked about the inquiry, she pointed at “a clear abuse of the courts” in recent weeks.\n\nShe went on about “a small clique of people trying to capture the state.”\n\nThe minister pointed to the map and left.", [("a clear abuse of the courts", "Kamla Rampersad"), ("a small clique of people trying to capture the state.", "Kamla Rampersad")]),
    ("it_after_a_statement_issued_by", "2019-04-12", "Police dispersed the sit-in on Thursday, and the Tbilisi City Court jailed 12 protesters.\n\nA statement issued this week by the U.N. High Commissioner for Refugees expressed concern “about the arrests of peaceful marchers.”\n\nIt noted “a pattern of heavy sentences” handed down this month.", [("a pattern of heavy sentences", "High Commissioner for Refugees")]),
    ("it_twice_after_a_statement_issued_by", "2019-04-12", "Police dispersed the sit-in on Thursday, and the Tbilisi City Court jailed 12 protesters.\n\nA statement issued this week by the U.N. High Commissioner for Refugees expressed concern “about the arrests of peaceful marchers.”\n\nIt noted “a pattern of heavy sentences” handed down this month.\n\nIt said that the sentences were “far too heavy for peaceful protest.”", [("a pattern of heavy sentences", "High Commissioner for Refugees"), ("far too heavy for peaceful protest.", "High Commissioner for Refugees")]),
    ("subordinator_is_no_speaker", "2023-08-15", "Speaking to Lusaka radio, the opposition whip Mwila Chanda said the Speaker had ignored the rules.\n\nWhen asked if walking out was the best option, he answered that there was no other choice.\n\n“We were left with nothing else to do,” he said.", [("We were left with nothing else to do,", "Mwila Chanda")]),
    ("double_barrelled_surname_second_half", "2021-02-11", "Representative Grace Kollie-Dennis has called the budget unfair.\n\n“We were never consulted on this budget,” Representative Dennis said.\n\nHer late husband, Samuel B. Dennis, had chaired the same committee.", [("We were never consulted on this budget,", "Grace Kollie-Dennis")]),
    ("cataphora_fronted_participle", "2022-03-04", "Former governor Mary Wanjiku Otieno has accused the electoral body of bias.\n\nAccording to her, the commissioner Paul Kibet Mwangi had visited her home.\n\nExplaining what she called a pattern of abuse, Senator Otieno urged reforms.\n\nShe said, “The vote was stolen from my people.”", [("The vote was stolen from my people.", "Mary Wanjiku Otieno")]),
    ("cataphora_fronted_participle_pe", "2021-07-04", "Congressman Luis Alberto Quispe has accused the jury of bias.\n\nAccording to him, the prosecutor Jorge Ramos Villanueva had called him twice.\n\nRepeating what he described as threats, Quispe asked for protection.\n\nHe said, “I will not be silenced in Lima.”", [("I will not be silenced in Lima.", "Luis Alberto Quispe")]),
    ("an-inverted-subject-then-and-and-a-second-cue", "2021-06-25",  # Costa Rica, Honduras
     "”We shall see when the prosecutors give the results,” added Ramirez and accused “the foreign embassies” of having organized the meetings.",
     [("the foreign embassies", "Ramirez")]),
    ("according-to-him-then-a-participle-is-his", "2024-05-29",  # Senegal, Gambia
     "Party spokesman Modou Ceesay said the president had lost his way.\n\n"
     "He pointed out that President Macky Sall should be a force for unity.\n\n"
     "According to him, Sall never confronted the army when he was minister, saying the leader should be grateful to the opposition.\n\n"
     "“He must show the opposition some gratitude,” he stated.",
     [("He must show the opposition some gratitude,", "Modou Ceesay")]),
    ("a-title-s-acronym-is-spelt-by-the-body-in-the-holder-s-title", "2023-08-09",  # Pakistan (Lahore), Bangladesh
     "The Lahore High Court on Wednesday put off till Friday hearing of a petition filed by the party chairman.\n\n"
     "Chief Justice Lahore High Court Justice Rafiq Ahmed conducted hearing of the case. The chairman’s lawyer Kamal Hossain appeared in the court.\n\n"
     "During the hearing, the chairman’s lawyer raised the issue that Mirza Alam had also been summoned by police. "
     "On this, the LHC chief justice said the matter was in his knowledge. He said, “Let me look into it from the administrative side.”",
     [("Let me look into it from the administrative side.", "Rafiq Ahmed")]),
    ("a-body-led-by-a-demonym-is-no-person-for-an-epithet", "2023-07-09",  # Belarus, Kazakhstan
     "No violations were reported during Sunday’s election in Kazakhstan, deputy speaker of the Belarusian Soyuz Duma (lower house) Ivan Petrenko told reporters.\n\n"
     "\"We registered not a single violation,\" he said over the phone.\n\n"
     "According to the senior Belarusian lawmaker, many people voted. \"We saw a high turnout,\" he stressed.",
     [("We saw a high turnout,", "Ivan Petrenko")]),
    ("an-opening-role-then-a-name-and-its-party-set-off-by-commas", "2022-01-20",  # Trinidad and Tobago, Grenada
     "Prime Minister Keith Mitchell’s party won every seat.\n\n"
     "Mitchell’s main opponent, Tobias Clement of the National Democratic Congress, conceded defeat.\n\n"
     "“We’ve lost our democracy without intending it,” he told local media.",
     [("We’ve lost our democracy without intending it,", "Tobias Clement")]),
    ("a-weekday-after-an-opening-plural-is-no-part-of-the-phrase", "2015-07-05",  # Honduras, Guatemala
     "Protesters Saturday shouted \"Out with the president\" and \"No more graft\" as they marched to the palace.",
     [("Out with the president", None), ("No more graft", None)]),
    ("a-place-before-employees-is-a-group-no-one-named", "2025-03-13",  # Serbia, North Macedonia
     "From their windows, Port City employees responded to the marchers with shouts of \"shame\" and \"go home.\"",
     [("shame", None), ("go home.", None)]),
    ("a-two-letter-acronym-with-a-body-s-initials-is-that-body", "2014-04-07",  # Botswana, Lesotho
     "The ruling party is to appeal against a ruling that dismissed its objections to a Popular Front sms.\n\n"
     "In the sms, sent to voters in Maseru, the PF said: “The report shows how the minister took your money.”",
     [("The report shows how the minister took your money.", "Popular Front")]),
    ("a-closing-mark-typed-apart-before-said-and-a-name", "2022-05-17",  # Uganda, Kenya
     "“Yesterday I unveiled my deputy and gave him a plan for every district. Ugandans want jobs, not constitutional change, “said Dr Kyagulanyi during a rally in Mukono.",
     [("Yesterday I unveiled my deputy and gave him a plan for every district. Ugandans want jobs, not constitutional change,", "Kyagulanyi")]),
    ("a-party-in-a-statement-signed-by-its-secretary-is-the-subject", "2018-08-15",  # Ghana, Sierra Leone
     "The NPP in a statement signed by its acting National Publicity Secretary, Kwame Mensah had claimed that rivals were plotting an attack.\n\n"
     "“We were informed that the plot was hatched on Sunday night,” the statement reads.",
     [("We were informed that the plot was hatched on Sunday night,", "NPP")]),
    ("a-name-before-supporters-is-the-group-not-the-person", "2014-08-07",  # Malaysia, Indonesia
     "Opposition leader Anwar Rahman lost his appeal on Thursday.\n\n"
     "Several hundred Rahman supporters gathered outside the court building, chanting, “Long live Anwar Rahman! The real leader!”",
     [("Long live Anwar Rahman! The real leader!", None)]),
    ("reiterating-before-a-quotation-is-a-cue", "2013-09-03",  # Austria, Germany
     "Chancellor Karl Huber used Tuesday's debate to outline his position, reiterating his call for a \"joint answer\" to the crisis.",
     [("joint answer", "Karl Huber")]),
    ("a-quotation-after-a-plain-subject-carries-on-the-paragraph-s-speaker", "2015-03-04",  # Ecuador, Bolivia
     "Opposition leader Carlos Mesa spoke in La Paz on Tuesday.\n\n"
     "\"They want to frighten people,\" he said. Postponing the vote \"is a bomb the government could set off.\"",
     [("is a bomb the government could set off.", "Carlos Mesa")]),
    ("a-quotation-after-a-lead-with-a-pronoun-is-not-carried-on", "2015-03-04",  # guard: Ecuador, Bolivia
     "Opposition leader Carlos Mesa spoke in La Paz on Tuesday.\n\n"
     "\"They want to frighten people,\" he said. Later they saw the delay as \"a bomb the government could set off.\"",
     [("a bomb the government could set off.", None)]),
    ("an-unnamed-opening-phrase-then-that-is-the-participle-s-subject", "2024-12-04",  # Taiwan, Japan
     "A group of over 30 legislators from opposition parties declared that parliament should remove Lai Ching-te, "
     "calling him \"the architect of a grave abuse of power.\"",
     [("the architect of a grave abuse of power.", None)]),
    ("pro-tempore-is-part-of-the-title", "2025-07-25",  # United States, Liberia
     "Senate President Pro Tempore Nyonblee Karnga welcomed the ruling.\n\n"
     "“This is a good reminder that the law comes first,” she said.",
     [("This is a good reminder that the law comes first,", "Nyonblee Karnga")]),
    ("a-fronted-when-clause-naming-one-person-then-he-said", "2020-06-23",  # Zambia, Zimbabwe
     "Party secretary-general Grace Banda made the claims at a rally. She called on the embassy to act.\n\n"
     "When the matter was put to commission chairperson Dr Moses Phiri at a briefing in Ndola on Sunday, he said “I will not comment on the allegations.”",
     [("I will not comment on the allegations.", "Moses Phiri")]),
    ("a-bare-plural-role-after-a-quotation-is-an-unnamed-group", "2009-09-27",  # Spain, Andorra
     "“The people voted and they spoke clearly,” Luis Ortega said.\n\n"
     "“Ortega is cool, Ortega is cool!” supporters shouted at party headquarters.",
     [("Ortega is cool, Ortega is cool!", None)]),
    ("a-group-counted-by-its-members-is-no-one-named", "2023-07-07",  # Uganda, Tanzania
     "Police also arrested 12 protesters in Kampala, said a coalition of rights groups.\n\n"
     "“We saw protesters beaten on the ground,” the coalition of 8 rights groups said in a statement.",
     [("We saw protesters beaten on the ground,", None)]),
    ("an-inverted-cue-then-a-description-and-the-name-it-sets-off", "2021-02-06",  # Thailand, Laos
     "Officials told internet providers to block the site “until further notice”, said Danish mobile phone operator, Nordlink Telecom.",
     [("until further notice", "Nordlink Telecom")]),
    ("a-progressive-cue-after-a-name-and-is", "2017-05-11",  # Barbados, Belize
     "Dean Barrow is warning those who abused public office that \"(they) will answer for it\".",
     [("(they) will answer for it", "Dean Barrow")]),
    ("ordered-an-object-to-a-quotation-is-a-cue", "2020-10-25",  # Lebanon, Jordan
     "A few hours ago, Lebanese Prime Minister Karim Haddad ordered the army to “shield marchers from provocateurs” and called for calm.",
     [("shield marchers from provocateurs", "Karim Haddad")]),
    ("ordered-the-quoted-deed-is-no-cue", "2015-03-15",  # guard: Maldives, Sri Lanka
     "\"Perera is guilty,\" judge Ravi Fernando said on Friday. A judge said prosecutors proved \"beyond reasonable doubt\" that Perera ordered the \"abduction and detention\" of the judge.",
     [("abduction and detention", None)]),
    ("recommended-a-body-to-a-quotation-is-a-cue", "2020-10-06",  # Moldova, Romania
     "Moldova’s President Ion Rusu is taking measures to restore order, his spokesperson Ana Lungu said on Tuesday.\n\n"
     "Given the situation, the Moldovan president recommended the election commission to study the complaints \"up to annulling the results.\"",
     [("up to annulling the results.", "Ion Rusu")]),
    ("a-lower-case-title-of-a-body-then-a-two-word-name-is-its-holder", "2021-05-12",  # Poland, Czechia
     "Opposition member of Sejm Anna Nowak said on Monday the bill was “a disgrace”.",
     [("a disgrace", "Anna Nowak")]),
    ("with-a-title-of-a-body-and-a-name-saying", "2021-05-12",  # Poland, Czechia
     "During the debate, shouting ensued, with Civic member of Sejm Anna Nowak saying, \"The bill will fail.\"",
     [("The bill will fail.", "Anna Nowak")]),
    ("a-lede-office-naming-no-one-is-the-person-opening-the-next-paragraph", "2019-04-22",  # Slovakia, EU
     "Europe needs leaders who protect the people, the Slovak foreign minister said on Monday.\n\n"
     "Marek Hlavac reacted to an interview in which European Commission President Ursula Brandt vowed to fight fake news, "
     "saying Prime Minister Jan Kovac had ignored “evidence to the contrary”.\n\n"
     "Hlavac said in a statement that Europeans “do not need to be herded around”.\n\n"
     "“It is a fact that Brandt has failed as a leader,” the minister added.",
     [("It is a fact that Brandt has failed as a leader,", "Marek Hlavac")]),
    ("a-lede-office-with-another-rank-is-not-the-next-paragraph-s-opener", "2019-04-22",  # guard
     "Europe needs leaders who protect the people, the Slovak prime minister said on Monday.\n\n"
     "Marek Hlavac reacted to an interview in which European Commission President Ursula Brandt vowed to fight fake news.\n\n"
     "Hlavac said in a statement that Europeans “do not need to be herded around”.\n\n"
     "“It is a fact that Brandt has failed as a leader,” the foreign minister added.",
     [("It is a fact that Brandt has failed as a leader,", None)]),
    ("a-name-inside-a-relative-clause-on-the-opening-noun-is-no-subject", "2021-09-30",  # Somalia, Kenya
     "The women carried a banner, which led to an altercation with Shabaab forces. They pushed the protesters back, "
     "while a foreign journalist was struck with a rifle.\n\n"
     "The individual who led the Shabaab security response to this incident, Abdi Warsame, has identified himself as "
     "the head of special forces in Kismayo. Furthermore, he added: “They must inform the security institutes before.”",
     [("They must inform the security institutes before.", "Abdi Warsame")]),
    ("a-name-after-a-role-and-its-closed-relative-clause-is-the-subject", "2021-09-30",  # Somalia, Kenya
     "The women carried a banner, which led to an altercation with Shabaab forces. They pushed the protesters back, "
     "while a foreign journalist was struck with a rifle.\n\n"
     "The commander who led the Shabaab security response to this incident, Abdi Warsame, has identified himself as "
     "the head of special forces in Kismayo. Furthermore, he added: “They must inform the security institutes before.”",
     [("They must inform the security institutes before.", "Abdi Warsame")]),
    ("a-doubled-closing-parenthesis-after-a-name-is-still-a-parenthesis", "2021-03-09",  # Peru, Chile
     "Judge Rosa Quispe (also spelt Quispé)) said at the hearing that the decree had “no legal basis,” the agency reported.",
     [("no legal basis,", "Rosa Quispe")]),
    ("a-participle-after-a-name-a-source-cites-is-that-one-s-cue", "2019-11-02",  # Ireland, Malta
     "The campaign group cited former senator Joseph Borg describing the ruling as “a step backwards.”\n\n"
     "“Nobody voted for this,” he said.",
     [("a step backwards.", "Joseph Borg"), ("Nobody voted for this,", "Joseph Borg")]),
    ("a-participle-after-an-object-is-no-cue", "2019-11-02",  # guard
     "Maria Camilleri attacked Joseph Borg describing the ruling as “a step backwards.”",
     [("a step backwards.", None)]),
    ("an-epithet-with-a-rank-skips-a-holder-of-another-rank", "2018-08-08",  # Zimbabwe, Zambia
     "Former Education Minister and party official Farai Moyo gave the update on his Twitter account.\n\n"
     "“Strength to your arm,” Moyo wrote.\n\n"
     "Zambia’s foreign minister told the BBC that the grounds for asylum were “not meritorious”.",
     [("not meritorious", None)]),
    ("remarks-by-a-named-person-in-which-he-said", "2022-06-05",  # Israel, Jordan
     "Judge Omar Haddad ruled for the worshippers on Sunday.\n\n"
     "In his ruling, Haddad cited remarks by Police Chief Samir Qasem over the holiday in which he said, \"The site is open to all.\"",
     [("The site is open to all.", "Samir Qasem")]),
    ("a-party-believes-inside-its-spokesman-s-said-and-he-speaks", "2016-06-14",  # South Africa, Namibia
     "Spokesperson Peter Nangolo said the SWAPO believed the applicants were driven by \"personal reasons\".",
     [("personal reasons", "Peter Nangolo")]),
    ("a-country-of-two-words-is-no-person-and-its-last-word-no-surname", "2015-08-26",  # South Sudan, Sudan
     "South Sudan's president signed a peace deal on Wednesday, but he told leaders that he still had \"serious reservations\".\n\n"
     "The war began two years after South Sudan seceded from Sudan in 2011.",
     [("serious reservations", None)]),
    ("said-a-title-in-a-body-then-the-name-after-the-comma", "2017-04-02",  # Iraq, Syria
     "\"We left the session after tensions erupted,\" said Kurdish lawmaker in the Syrian Parliament, Rezan Haji.",
     [("We left the session after tensions erupted,", "Rezan Haji")]),
    ("a-co-title-before-a-name-is-a-title", "2024-05-06",  # Japan, South Korea
     "“We will keep fighting the ruling party,” party co-leader Kim Min-ji said.",
     [("We will keep fighting the ruling party,", "Kim Min-ji")]),
    ("the-former-president-is-the-holder-called-former", "2019-07-25",  # Kyrgyzstan, Tajikistan
     "Former president of Tajikistan Rahmon Nabiyev met the President of Russia Boris Orlov.\n\n"
     "«My supporters should be able to prepare for the elections,» the former president assured.",
     [("My supporters should be able to prepare for the elections,", "Rahmon Nabiyev")]),
    ("a-country-after-a-lower-case-title-of-opens-no-name", "2019-07-25",  # Kyrgyzstan, Tajikistan
     "Former president of Tajikistan Rahmon Nabiyev made a statement after the meeting.\n\n"
     "«We will solve our problems ourselves,» said Rahmon Nabiyev.",
     [("We will solve our problems ourselves,", "Rahmon Nabiyev")]),
    ("an-office-of-a-party-acronym-is-an-epithet-for-the-one-speaking", "2021-10-05",  # Ghana, Sierra Leone
     "Samura Kamara of the All People’s Congress (APC) has said his criticism of the Commission is no sign of hatred.\n\n"
     "“I don’t hate the Commission,” Mr. Kamara told Radio Democracy on Tuesday morning.\n\n"
     "The 2023 presidential candidate of the APC added, “We want them to be the best in the region.”",
     [("We want them to be the best in the region.", "Samura Kamara")]),
    ("a-one-word-name-before-any-cue-is-the-one-the-president-means", "2022-09-02",  # Kazakhstan, Uzbekistan
     "TASHKENT – Mirzayev proposed to hold early elections in his Sept. 1 address, his press service reported.\n\n"
     "“We are building a fair country with open competition,” said the President.",
     [("We are building a fair country with open competition,", "Mirzayev")]),
    ("cited-a-name-and-an-appositive-as-saying", "2009-08-05",  # Uzbekistan, Tajikistan
     "The Free Word website cited Rustam Nazarov, a rights activist and head of the group's Dushanbe branch, as saying “the verdict was read behind closed doors”.",
     [("the verdict was read behind closed doors", "Rustam Nazarov")]),
    ("a-long-titled-name-told-after-an-exclamation-closing-the-quote", "2019-05-23",  # Indonesia, Philippines
     "Opposition senator Maria Santos claimed that six people had been hurt early on Wednesday.\n\n"
     "“Please stop! We are not going to fire tear gas!” Central Manila Police Chief Ramon Cruz told the crowd there.",
     [("Please stop! We are not going to fire tear gas!", "Ramon Cruz")]),
    ("an-appositive-inside-a-fronted-clause-is-skipped-to-the-main-subject", "2018-02-07",  # Maldives, Sri Lanka
     "President Ahmed Nasheed declared an emergency on Monday.\n\n"
     "After ordering on Monday the arrest of Chief Justice Ali Rasheed and another judge, identified as Hassan Zahir, Nasheed delivered a televised address on Tuesday, saying he had been “forced into this situation.”",
     [("forced into this situation.", "Ahmed Nasheed")]),
    ("a-country-inside-the-opening-title-is-no-subject", "2019-12-18",  # Malawi, Zambia
     "The Zambia leader called for unity, saying “let’s work together as one country.”",
     [("let’s work together as one country.", None)]),
    ("a-name-after-the-opening-title-and-a-verb-is-the-object", "2021-09-11",  # Iran, Qatar
     "Foreign Minister Hossein Karimi arrived in Doha on Saturday.\n\n"
     "The minister identified Qatar as a key partner, saying Doha had always played a \"helpful role\" in the talks.",
     [("helpful role", "Hossein Karimi")]),
    ("a-cue-after-a-dash-or-when-is-another-clause-s", "2019-05-27",  # Malawi, Zambia
     "The count cannot be released until the hearings end, electoral commission chair Mary Phiri said over the weekend.\n\n"
     "The opposition accuses the commission of favouring the ruling party of incumbent President Edgar Lungu – the same accusations the party made when the ruling party was declared winner in 2016.\n\n"
     "During the Sunday press conference, the ECZ chair did not explain why it had sent lawyers to the court, saying the matter was before the judges.\n\n"
     "“We are all waiting for the court to decide,” she said.",
     [("We are all waiting for the court to decide,", "Mary Phiri")]),
    ("congratulated-is-a-cue", "2022-11-02",  # Israel, Cyprus
     "Christodoulou also congratulated his \"partners in the coalition for a very strong result.\"",
     [("partners in the coalition for a very strong result.", "Christodoulou")]),
    ("the-journalist-is-the-correspondent-named", "2023-07-10",  # Uzbekistan, Kazakhstan
     "At the briefing, correspondent Dilnoza Karimova from a foreign radio station asked about the count.\n\n"
     "The journalist noted that many voters did not trust the commission.\n\n"
     "\"How do you see your role? How independent are you?\"",
     [("How do you see your role? How independent are you?", "Dilnoza Karimova")]),
    ("an-outlet-reports-the-clause-subject-who-shouted", "2010-07-22",  # Papua New Guinea, Solomon Islands
     "The speaker, an ally of the Prime Minister, Sir Peter Kenilorea, adjourned parliament.\n\n"
     "SIBC reports the Prime Minister later crossed the floor and shouted at MP John Tausinga \"you will regret this.\"",
     [("you will regret this.", "Peter Kenilorea")]),
    ("a-name-of-an-adjective-and-a-body-then-the-cue", "2023-02-15",  # Serbia, Montenegro
     "\"We are ready for more than that,\" Marko Vukovic of the ultranationalist Citizens' Guard said.",
     [("We are ready for more than that,", "Marko Vukovic")]),
    ("a-name-then-an-open-office-appositive-is-the-subject", "2018-04-16",  # Cameroon, Gabon
     "Ndong Mba Pierre, Minister of Gabon’s Territorial Administration has warned of ‘firm’ action against the strikers.",
     [("firm", "Ndong Mba Pierre")]),
    ("a-country-owned-title-is-the-one-named-with-it-next", "2010-03-15",  # Kenya, Uganda
     "Kenya’s former chief justice slammed the arrest of the opposition leader on Monday, saying there was “no justice” left in the country. "
     "Retired chief justice Mary Wambui criticised the treatment of the prisoners as supporters gathered in Nairobi.",
     [("no justice", "Mary Wambui")]),
    ("said-opening-a-sentence-before-a-name-given-before-is-the-cue", "2019-05-23",  # Malawi, Zambia
     "Opposition leader Mwale told the media on Wednesday that he was leading the count.\n\n"
     "Early results showed President Joseph Banda ahead in the south.\n\n"
     "Said Mwale: “To those trying to tamper with the results, my message is simple.”",
     [("To those trying to tamper with the results, my message is simple.", "Mwale")]),
    ("said-as-the-first-word-of-a-new-name-stays-a-name", "2013-06-01",  # Iran, Lebanon
     "Candidates met the council on Friday.\n\n"
     "Said Jalili: “We will keep our course.”",
     [("We will keep our course.", "Said Jalili")]),
    ("a-person-in-a-joined-subject-is-not-the-next-he", "2019-05-23",  # Malawi, Zambia
     "Mwale, a teacher-turned-politician, told the media on Wednesday that he was aware of foul play.\n\n"
     "He warned against attempts to rig the count.\n\n"
     "Early results showed President Joseph Banda and Mwale were level on about 40% of the vote.\n\n"
     "“We know that we have a big lead,” he told a news conference at his house.",
     [("We know that we have a big lead,", "Mwale")]),
    ("a-name-after-alias-is-the-same-person", "2021-01-08",  # Uganda, Kenya
     "Opposition flag bearer Daniel Oduor alias Kaka Mbili has criticised the charges against his team.\n\n"
     "“These cases are simply a sign of fear,” Kaka Mbili said in a post on Friday.",
     [("These cases are simply a sign of fear,", "Daniel Oduor")]),
    ("a-title-tied-to-another-country-is-not-the-one-a-nationality-means", "2024-02-14",  # Tanzania, Kenya
     "President Amani Mwakyusa met Kenya's foreign minister in Dodoma.\n\n"
     "Mwakyusa thanked Kenya and its President Daniel Otieno for their help with the border talks.\n\n"
     "\"We agreed to reopen the crossing within a month,\" the Tanzanian president said.",
     [("We agreed to reopen the crossing within a month,", "Amani Mwakyusa")]),
    ("a-title-tied-to-the-same-country-by-another-word-form-is-kept", "2024-02-14",  # France, Belgium
     "France's President Paul Mercier met the Belgian prime minister on Wednesday.\n\n"
     "\"We agreed on the rail link,\" the French president said.",
     [("We agreed on the rail link,", "Paul Mercier")]),
    ("of-two-ministers-the-one-who-spoke-even-with-a-long-appositive-title", "2023-01-11",  # Kuwait, Bahrain
     "Khalid Al Mansouri, Minister of State for Municipal Affairs and for Youth Affairs and Sport Development, and Yousef Al Hamad, the country's Minister of Oil, left the session.\n\n"
     "Mr Al Mansouri said the cabinet needed more time.\n\n"
     "\"We ask for patience from the members,\" the minister added.",
     [("We ask for patience from the members,", "Khalid Al Mansouri")]),
    ("a-sentence-opening-title-is-the-one-named-with-it-before", "2023-03-16",  # Nigeria, Ghana
     "Senator representing the Central District and Minority Leader of the Senate, Kwesi Adomako has vowed to challenge the results that produced Ama Owusu as the winner of the seat.\n\n"
     "Adomako said he will go to the tribunal as a result of his belief that the result was announced before the end of collation.\n\n"
     "The lawmaker broke his silence at a press conference on Thursday in Kumasi, barely three weeks after the elections.\n\n"
     "He claimed that there were irregularities that favoured Owusu of which he expressed optimism that the tribunal would do justice.\n\n"
     "The Minority Leader of the 9th Senate, further explained that the announcement ignored cancelled results.\n\n"
     "“The election was supposed to have been declared inconclusive.\n\n"
     "“We are going to challenge it,” he said.",
     [("The election was supposed to have been declared inconclusive.", "Kwesi Adomako"),
      ("We are going to challenge it,", "Kwesi Adomako")]),
    ("a-title-after-an-opening-phrase-is-the-one-named-with-it-before", "2021-11-12",  # Ethiopia, Kenya
     "Addis Abeba — Ambassador Tesfaye Bekele, the spokesperson of the Ministry of Foreign Affairs (MoFA) among many other issues discussed the arrest of local staff as well as the recent visit of African Union Special Envoy for the Sahel, Amina Yusuf.\n\n"
     "At the weekly press briefing held this morning, the Ambassador answered questions on the arrests to which he responded by saying, \"The staff broke the emergency law,\" he continued, \"We did not detain them for their work.\"",
     [("The staff broke the emergency law,", "Tesfaye Bekele"), ("We did not detain them for their work.", "Tesfaye Bekele")]),
    ("a-name-after-an-inverted-cue-is-the-one-a-nationality-epithet-means", "2022-03-09",  # Oman, Qatar
     "\"We came to listen to our neighbours,\" said Busaidi on his arrival in Doha on Wednesday.\n\n"
     "The Omani foreign minister said, \"Our talks will cover trade and shipping.\"",
     [("Our talks will cover trade and shipping.", "Busaidi")]),
    ("a-lower-case-office-no-one-holds-is-the-one-person-who-has-spoken", "2023-05-04",  # Belgium, Portugal
     "Extra police will patrol Lisbon on Friday, the country's interior minister said on Thursday.\n\n"
     "Rita Almeida told a local radio station that the right to march would be protected.\n\n"
     "\"We expect calm streets,\" the minister said.",
     [("We expect calm streets,", "Rita Almeida")]),
    ("a-lower-case-office-stays-unknown-when-two-people-have-spoken", "2023-05-04",  # Belgium, Portugal
     "Rita Almeida told a local radio station that the right to march would be protected.\n\n"
     "Union leader Jorge Sousa said the march would go ahead.\n\n"
     "\"We expect calm streets,\" the minister said.",
     [("We expect calm streets,", None)]),
    ("an-exclamation-then-a-name-a-cue-and-a-place", "2023-07-07",  # Kenya, Uganda
     "\"Baba will always carry the day!\" Grace Wanjiku posted on Twitter.",
     [("Baba will always carry the day!", "Grace Wanjiku")]),
    ("a-platform-page-is-no-one-an-epithet-stands-for", "2021-09-24",  # Zambia, Malawi
     "President Hakuna Banda arrived in Lilongwe on Friday.\n\n"
     "Writing on his Facebook Page, the Zambian leader said the trip was part of a long tradition.\n\n"
     "“Our two countries share common values,” he said.",
     [("Our two countries share common values,", "Hakuna Banda")]),
    ("pastor-is-a-title", "2025-03-16",  # South Korea, Nigeria
     "Pastor Kim Dong-ho led the rally on Saturday.\n\n"
     "\"There are more people here today than last week,\" said Pastor Kim Dong-ho.",
     [("There are more people here today than last week,", "Kim Dong-ho")]),
    ("a-one-word-country-after-ambassador-to-before-a-long-name", "2019-10-10",  # Ecuador, Russia
     "Peruvian Ambassador to Russia Luis Alberto Castro Mendoza told reporters: \"We are still gathering information.\"",
     [("We are still gathering information.", "Luis Alberto Castro Mendoza")]),
    ("amidst-is-a-preposition-no-speaker", "2024-05-17",  # Ghana, Nigeria
     "Amidst the walkout, some of the lawmakers were heard saying, “Ghanaians are suffering.”",
     [("Ghanaians are suffering.", None)]),
    ("the-diplomat-is-the-ambassador-named", "2019-10-10",  # Ecuador, Peru
     "Ambassador Julio Prado spoke to reporters in Moscow on Wednesday.\n\n"
     "\"People entered our territory to provoke a crisis,\" the diplomat said.",
     [("People entered our territory to provoke a crisis,", "Julio Prado")]),
    ("the-former-president-with-no-holder-named-is-the-one-speaking", "2020-10-07",  # Ghana, Malawi
     "Joyce Banda said the party was not satisfied with the voter register.\n\n"
     "“We have raised many concerns with the Commission,” the former President said.",
     [("We have raised many concerns with the Commission,", "Joyce Banda")]),
    ("a-new-person-subject-before-a-bare-quotation-stops-a-continuation", "2024-07-03",  # Netherlands, Belgium
     "D66 leader Anna de Vries is curious to see how the new premier will do, she told NOS. “The question is which values he brings,” she said.\n\n"
     "Labour leader Pieter Bakker is also looking forward to the debate. “We have not heard much from him yet.”",
     [("The question is which values he brings,", "Anna de Vries"), ("We have not heard much from him yet.", "Pieter Bakker")]),
    ("a-speaker-in-a-who-clause-stays-in-the-background", "2024-02-25",  # Cyprus, Greece
     "President Andreas Demetriou spoke on Sunday after a memorial service.\n\n"
     "Demetriou commented on remarks by opposition leader Kemal Ozer, who said nothing came of the talks.\n\n"
     "“I did not expect to hear anything different from Mr Ozer,” he said.",
     [("I did not expect to hear anything different from Mr Ozer,", "Andreas Demetriou")]),
    ("called-for-an-article-then-the-quote", "2019-03-12",  # Botswana, Namibia
     "Foreign Minister Kabelo Moyo met his counterpart on Monday.\n\n"
     "He called for a ‘clear practical way forward’ on the railway link.",
     [("clear practical way forward", "Kabelo Moyo")]),
    ("a-plural-possessive-before-a-title-after-an-inverted-cue", "2015-04-24",  # Dominican Republic, Haiti
     "\"We must defend our Constitution,\" said 1965 Revolution veterans’ spokesman Ramón Peralta, after laying a wreath.",
     [("We must defend our Constitution,", "Ramón Peralta")]),
    ("clarified-is-a-cue", "2023-09-12",  # Israel, Jordan
     "In a short statement on X, Yair Golan clarified that \"the court's rulings bind everyone.\"",
     [("the court's rulings bind everyone.", "Yair Golan")]),
    ("specifying-is-a-cue", "2019-10-22",  # Chile, Argentina
     "“A young man was hurt by a gunshot,” said the Undersecretary of the Interior, Manuel Pérez, specifying that it was with a weapon from a “traffic officer, not Riot Control”.",
     [("A young man was hurt by a gunshot,", "Manuel Pérez"), ("traffic officer, not Riot Control", "Manuel Pérez")]),
    ("publisher-is-a-title", "2022-10-05",  # Kyrgyzstan, Netherlands
     "\"Muzzling the media is straight out of the authoritarian playbook,\" said IRN Publisher Anna Visser.",
     [("Muzzling the media is straight out of the authoritarian playbook,", "Anna Visser")]),
    ("a-described-top-office-is-its-holder", "2017-08-27",  # Nepal, Bhutan
     "Prime Minister Pushpa Raj Sharma returned from Delhi on Sunday.\n\n"
     "“Can we not speak our views on an issue?” a visibly angry PM said.",
     [("Can we not speak our views on an issue?", "Pushpa Raj Sharma")]),
    ("plural-office-holders-are-not-their-body", "2025-06-03",  # Guyana, Suriname
     "The Suriname Electoral Commission set the vote for September.\n\n"
     "The commissioners condemned the timeline as “a calculated attempt to rush the vote”.",
     [("a calculated attempt to rush the vote", None)]),
    ("a-two-letter-mongolian-initial-glued-to-a-name", "2019-11-20",  # Mongolia
     "Member of Parliament Ts.Enkhbayar said “the contract must be reviewed”.",
     [("the contract must be reviewed", "Ts.Enkhbayar")]),
    ("a-cue-in-a-closed-while-clause-is-not-the-quotations", "2023-03-06",  # Uganda, Kenya
     "Police spokesperson Patrick Onyango said while the marchers claimed they were taking a petition to parliament, “this is not the way to deliver a petition.”",
     [("this is not the way to deliver a petition.", "Patrick Onyango")]),
    ("barked-is-a-cue", "2012-02-19",  # Egypt, Jordan
     "\"You are accusing the government of plotting against the people,\" Hassan Mahmoud barked back.",
     [("You are accusing the government of plotting against the people,", "Hassan Mahmoud")]),
    ("a-weekday-and-a-time-of-day-between-subject-and-cue", "2019-06-10",  # Romania, Moldova
     "Prime Minister Elena Popa on Sunday evening said that the president is \"a man who refuses any compromise.\"",
     [("a man who refuses any compromise.", "Elena Popa")]),
    ("san-is-an-acronym-title", "2020-02-15",  # Nigeria, Ghana
     "A Senior Advocate of Nigeria (SAN), Olumide Babalola, has criticised the electoral commission.\n\n"
     "“The courts cannot choose our leaders for us,” the SAN said.",
     [("The courts cannot choose our leaders for us,", "Olumide Babalola")]),
    ("two-titles-joined-by-and-before-a-name-are-its-title", "2023-03-10",  # Fiji, Samoa
     "Deputy Prime Minister Sitiveni Vuli defended the order paper on Thursday.\n\n"
     "In his reply, Unity Party leader and Opposition MP Professor Tomasi Rabuka agreed, but said it was the Opposition's job to hold the Government to account.\n\n"
     "\"Let's not confuse that,\" he said.",
     [("Let's not confuse that,", "Tomasi Rabuka")]),
    ("a-titled-name-and-a-party-are-two-names", "2025-06-12",  # South Korea, Taiwan
     "The briefings for ruling Democratic Party Rep. Kim Min-jae and People Power Party Rep. Lee Soo-jin came a day apart.\n\n"
     "“We have done our part,” Kim said.",
     [("We have done our part,", "Kim Min-jae")]),
    ("a-role-opening-a-sentence-keeps-a-later-place-out-of-view", "2018-05-03",  # Tanzania, Kenya
     "Dodoma. The standing committee on Works has asked the government to finish its projects first.\n\n"
     "Reading the report on Thursday, the vice chairman, Mr Juma Hamisi it was vital to finish the projects.\n\n"
     "The panel’s vice chairman gave the example of offices planned in Dar es Salaam while the ministry moves to the capital-- Dodoma.\n\n"
     "“The government should partner with developers,” he said.",
     [("The government should partner with developers,", "Juma Hamisi")]),
    ("a-name-after-a-place-and-a-comma-at-clause-end-is-a-region", "2024-06-12",  # Belize, Mexico
     "They also spoke about crime in Chetumal, Quintana Roo. He warned that the border would suffer.\n\n"
     "\"We need help now,\" he said.",
     [("We need help now,", None)]),
    ("a-relative-inside-brackets-before-the-subject-is-not-its", "2021-05-04",  # Armenia, Georgia
     "Former MP Arsen Hakobyan joined the protest on Monday.\n\n"
     "As to the police (which, in past days, blocked the roads), the former MP said, “We asked for explanations.”",
     [("We asked for explanations.", "Arsen Hakobyan")]),
    ("a-participle-after-a-recording-is-no-cue", "2022-09-15",  # Sweden, Norway
     "Party leader Erik Lindqvist said in a video posted on Facebook that he was “starting work on a new government”.",
     [("starting work on a new government", "Erik Lindqvist")]),
    ("underscored-is-a-cue", "2020-02-11",  # Lebanon, Jordan
     "MP Rami Haddad underscored for his part, \"I give my confidence to the government because I see hope in its statement.\"",
     [("I give my confidence to the government because I see hope in its statement.", "Rami Haddad")]),
    ("a-gerund-after-of-is-no-cue", "2021-06-16",  # South Korea, Japan
     "Ambassador Kim Jae-won said Tokyo \"fully understands\" Seoul's aim of stressing its alliance with Washington.",
     [("fully understands", "Kim Jae-won")]),
    ("the-president-lower-case-is-the-one-speaking", "2016-10-24",  # Lithuania, Latvia
     "Kalniete said the outcome of the vote showed a longing for change.\n\n"
     "“New faces replaced old-timers in many districts,” said the president.",
     [("New faces replaced old-timers in many districts,", "Kalniete")]),
    ("joint-is-a-title-modifier", "2021-09-05",  # Bangladesh, Nepal
     "The polls were \"a farce\", said BNP Senior Joint Secretary General Abdul Karim Chowdhury on Sunday.",
     [("a farce", "Abdul Karim Chowdhury")]),
    ("a-cue-in-a-new-clause-after-an-attributed-quote-is-not-its", "2011-07-21",  # Malawi, Zambia
     "Police spokesperson Grace Banda would say only that “perhaps two people died” in the town of Kasungu, where a clinic official said three were killed.",
     [("perhaps two people died", "Grace Banda")]),
    ("the-last-portfolio-after-and-then-the-holder", "2020-09-24",  # Malaysia, Brunei
     "Minister of Energy, Water and Natural Resources Aminah Rahman dismissed the claim, writing on Twitter: “The cabinet met as usual.”",
     [("The cabinet met as usual.", "Aminah Rahman")]),
    ("a-portfolio-before-and-is-no-person-and-the-title-finds-its-holder", "2023-01-05",  # Sri Lanka, Maldives
     "Minister of Justice, Prison Affairs and Constitutional Reforms Dr Ranjith Perera spoke in Parliament on Thursday.\n\n"
     "\"We will never interfere with the commission,\" said the Minister.",
     [("We will never interfere with the commission,", "Ranjith Perera")]),
    ("a-title-of-a-body-before-an-appositive-name-is-no-body", "2025-06-29",  # Serbia, Ghana
     "The Chairman of the Bank of Accra, Kofi Mensah-Bonsu, also addressed the crowd, saying that “no one is above the law.”",
     [("no one is above the law.", "Kofi Mensah-Bonsu")]),
    ("rector-is-a-title", "2025-06-29",  # Serbia, Croatia
     "The Rector of the University of Zagreb, Ivana Horvat, addressed the students, saying that “the faculty stands with you.”",
     [("the faculty stands with you.", "Ivana Horvat")]),
    ("a-place-before-lower-case-words-and-a-title-is-no-speaker", "2023-04-28",  # Kenya, Tanzania
     "\"Any such demonstration will be dispersed,\" said the Mombasa regional police commander.",
     [("Any such demonstration will be dispersed,", None)]),
    ("boss-is-a-title-before-a-name-after-with", "2023-04-28",  # Kenya, Uganda
     "Opposition leader Ann Wanjiru's alliance has been refused a permit to march in the city, with police boss Peter Kamau saying earlier rallies were \"anything but calm\".",
     [("anything but calm", "Peter Kamau")]),
    ("honourable-is-an-honorific-before-a-surname", "2021-11-28",  # Solomon Islands, Vanuatu
     "Opposition Leader Joseph Tara called for calm on Sunday.\n\n"
     "Honourable Tara said ‘We cannot let the capital burn again’.",
     [("We cannot let the capital burn again", "Joseph Tara")]),
    ("a-body-opening-a-sentence-is-no-one-a-pronoun-names", "2021-11-29",  # Namibia, Botswana
     "The spokesperson of the party's election committee, Maria Haufiku, told reporters the count was nearly done.\n\n"
     "The committee is electing a new secretary general.\n\n"
     "“We will not rush it,” she said.",
     [("We will not rush it,", "Maria Haufiku")]),
    ("jan-before-a-particle-and-a-surname-is-a-given-name", "2021-03-16",  # Netherlands, Belgium
     "Party leader Jan de Graaf conceded defeat on Wednesday night.\n\n"
     "“The voters have spoken and we accept it,” De Graaf said.",
     [("The voters have spoken and we accept it,", "Jan de Graaf")]),
    ("msp-is-a-title-before-a-name", "2019-10-03",  # Scotland, Wales
     "Conservative MSP Fiona Drummond said the bill would “hurt rural schools”.",
     [("hurt rural schools", "Fiona Drummond")]),
    ("claims-after-a-name-is-a-cue", "2023-05-30",  # Jersey, Guernsey
     "Senator Ruth Le Maistre claims the minister has shown “poor judgement” over the harbour contract.",
     [("poor judgement", "Ruth Le Maistre")]),
    ("a-surname-like-a-demonym-then-a-who-clause-and-a-cue", "2022-09-14",  # Armenia, Iran
     "“The border talks will resume next month,” Sarkissian, who was visiting Tehran, said on Tuesday.",
     [("The border talks will resume next month,", "Sarkissian")]),
    ("a-described-person-with-no-name-is-unknown", "2021-11-25",  # Solomon Islands, Vanuatu
     "Crowds gathered outside the parliament in the capital on Wednesday.\n\n"
     "“People were throwing stones at the building,” the unnamed soldier told the news agency.",
     [("People were throwing stones at the building,", None)]),
    ("a-persons-clause-then-a-colon-introduces-the-quotation", "2024-11-20",  # Belize, Guyana
     "Opposition leader Maria Castillo opened with a promise: “We will restore the pension fund within a year.”",
     [("We will restore the pension fund within a year.", "Maria Castillo")]),
    ("a-dash-between-the-quotation-and-an-inverted-cue", "2016-05-12",  # Lithuania, Latvia
     "“Nobody asked the farmers what they think” – said Jonas Petraitis, head of the farmers’ union.",
     [("Nobody asked the farmers what they think", "Jonas Petraitis")]),
    ("member-of-parliament-for-a-seat-then-the-name", "2021-03-02",  # Malawi, Zambia
     "Member of Parliament for Mzimba North Esther Kachale says the budget ignores the north.\n\n"
     "“We have been left out again,” said Kachale.",
     [("We have been left out again,", "Esther Kachale")]),
    ("mp-for-a-seat-then-the-name", "2021-03-03",  # Malawi, Zambia
     "MP for Mzimba North Esther Kachale says the budget ignores the north.\n\n"
     "“We have been left out again,” said Kachale.",
     [("We have been left out again,", "Esther Kachale")]),
    ("a-long-title-then-a-comma-then-the-name-after-an-inverted-cue", "2019-02-26",  # Senegal, Gambia
     "“The count is not over and nobody should claim victory,” said former prime minister and PUR party chairman, Aminata Diallo.",
     [("The count is not over and nobody should claim victory,", "Aminata Diallo")]),
    ("a-cue-in-a-closed-relative-clause-is-not-the-quotes", "2023-07-06",  # Japan, South Korea
     "Foreign Minister Park Jin said the plan to release the water, which Tokyo calls safe, was “not yet acceptable.”",
     [("not yet acceptable.", "Park Jin")]),
    ("asking-after-a-comma-is-a-cue", "2024-04-18",  # Nepal, Bhutan
     "Former minister Hari Bahadur Thapa questioned the decision, asking, “Who will pay for the damage?”",
     [("Who will pay for the damage?", "Hari Bahadur Thapa")]),
    ("king-after-a-given-name-is-a-surname", "2020-03-02",  # St Lucia, Antigua
     "Opposition leader Dwight King spoke after the vote on Sunday.\n\n"
     "King told reporters he was “not surprised at all” by the turnout.",
     [("not surprised at all", "Dwight King")]),
    ("a-weekday-after-an-appositive-comma-is-no-subject", "2019-06-06",  # Ghana, Liberia
     "The chairwoman of the party, Ama Serwaa Boateng, Thursday called the ruling “a disgrace” and promised an appeal.",
     [("a disgrace", "Ama Serwaa Boateng")]),
    ("and-then-an-adverb-before-the-cue-shares-the-subject", "2023-03-08",  # Barbados, Jamaica
     "Senator Marcia Whitby stood up in the chamber and calmly replied: “The figures were published in full last year.”",
     [("The figures were published in full last year.", "Marcia Whitby")]),
    ("two-portfolios-joined-by-and-then-the-holder", "2021-10-12",  # Trinidad and Tobago, Guyana
     "Minister of Sport and Community Development Damian Forde said the grounds would reopen.\n\n"
     "“We are ready for the season,” Forde said, adding that “every club will get a slot.”",
     [("We are ready for the season,", "Damian Forde"), ("every club will get a slot.", "Damian Forde")]),
    ("a-name-after-a-title-and-a-comma-is-a-person", "2022-05-04",  # Fiji, Papua New Guinea
     "Trade Minister, Kalesi Vunivalu dismissed the figures on Tuesday.\n\n"
     "“The numbers tell a different story, and the markets have recovered.”",
     [("The numbers tell a different story, and the markets have recovered.", "Kalesi Vunivalu")]),
    ("a-titled-name-with-a-relative-clause-is-the-subject", "2021-08-19",  # Solomon Islands, Vanuatu
     "Opposition MP, Jone Taukei who chaired the committee last year maintains the budget is short.\n\n"
     "“There is no money for the clinics we were promised.”",
     [("There is no money for the clinics we were promised.", "Jone Taukei")]),
    ("an-acronym-title-after-a-party-is-its-officer", "2020-11-22",  # Namibia, South Africa
     "Secretary-General (SG) of the Kunene Party, Maria Nghidinwa admitted that factions under Team Harambee and Team Kunene had caused trouble.\n\n"
     "“They are saying they want to replace our councillors with theirs during these elections,” alleged the Kunene SG.",
     [("They are saying they want to replace our councillors with theirs during these elections,", "Maria Nghidinwa")]),
    ("as-x-said-opening-a-sentence-makes-it-x-s", "2023-09-13",  # Greece, Cyprus
     "Party spokesman Nikos Pappas spoke on Monday.\n\n"
     "As Mr. Pappas said, the party will insist on legitimacy, adding that “it will not allow us to return to the dark ages of the past”.",
     [("it will not allow us to return to the dark ages of the past", "Nikos Pappas")]),
    ("the-prime-minister-in-lower-case-is-the-one-person-speaking", "2024-03-17",  # Malta, Ireland
     "The Labour Party offers the country stability, Daniel Vella said on Sunday in a dig at the opposition.\n\n"
     "“In front of the chaos of others, we offer the country stability,” the prime minister told supporters at an event.",
     [("In front of the chaos of others, we offer the country stability,", "Daniel Vella")]),
    ("a-relative-clause-with-its-own-subject-gives-no-title", "2024-06-20",  # Ghana, Nigeria
     "Candidate Kofi Boateng spoke on Wednesday.\n\n"
     "He noted that the commission headed by Ama Owusu, who he appointed as President by then, ran a fair election.\n\n"
     "According to the one-time President, all the party wants is fairness.\n\n"
     "\"We are just asking them to conduct a free and fair election for the country,\" he stressed.",
     [("We are just asking them to conduct a free and fair election for the country,", None)]),
    ("a-middle-initial-a-is-no-article", "2023-03-10",  # United States, Canada
     "U.S. District Judge Bernard A. Whitfield ruled that the city was protected. Whitfield noted that transcripts showed the man was “argumentative and disruptive.”",
     [("argumentative and disruptive.", "Bernard A. Whitfield")]),
    ("a-capitalised-dela-later-is-the-name-with-dela", "2023-03-10",  # Philippines
     "Senator Ronaldo dela Cruz declined to comment on Monday.\n\n"
     "In a separate ambush interview, Dela Cruz simply said: \"Is there any resolution at all?\"",
     [("Is there any resolution at all?", "Ronaldo dela Cruz")]),
    ("a-weekday-given-name-after-a-title-is-a-name", "2021-05-31",  # Zambia, Nigeria
     "Party candidate Sunday Mwale says the opposition will lose in the August 12 general elections.\n\n"
     "“It is worrying that the opposition has no message at all,” Mwale said.",
     [("It is worrying that the opposition has no message at all,", "Sunday Mwale")]),
    ("a-weekday-surname-the-story-uses-alone-is-a-name", "2017-03-04",  # Saint Vincent, Grenada
     "Opposition Leader, Godwin Monday, on Thursday, dismissed the prime minister’s view.\n\n"
     "“This was a clear victory for the appellants in the case,” Monday said at a press conference.",
     [("This was a clear victory for the appellants in the case,", "Godwin Monday")]),
    ("an-ap-style-weekday-after-a-name-stays-a-date", "2020-06-30",  # Trinidad and Tobago, Jamaica
     "The Police Service (TTPS) Tuesday said that it had foiled a “well-orchestrated plan to destabilize the country”.",
     [("well-orchestrated plan to destabilize the country", "Police Service")]),
    ("a-hyphenated-surname-opening-a-sentence-before-a-cue-is-a-name", "2023-12-20",  # Lithuania, Latvia
     "Speaker Viktorija Jankauskaitė-Berg met the ambassador on Tuesday.\n\n"
     "Jankauskaitė-Berg pointed out that the Seimas has close ties. “We are doing everything to maintain close cooperation in all areas,” she said.",
     [("We are doing everything to maintain close cooperation in all areas,", "Viktorija Jankauskaitė-Berg")]),
    ("cde-is-a-comrade-s-honorific", "2023-11-06",  # Zimbabwe, Mozambique
     "Party spokesman Tendai Moyo addressed supporters on Sunday.\n\n"
     "“Why would you want to vote for a structureless party which is currently in disarray?” asked Cde Moyo.",
     [("Why would you want to vote for a structureless party which is currently in disarray?", "Tendai Moyo")]),
    ("an-acronym-of-an-earlier-body-s-exact-initials-is-that-body", "2020-12-01",  # Fiji, Papua New Guinea
     "The Pacific Media Council said in a report on Monday that it was concerned.\n\n"
     "The PMC labelled the remarks \"distasteful, unbecoming and unacceptable.\"",
     [("distasteful, unbecoming and unacceptable.", "Pacific Media Council")]),
    ("a-party-s-mps-are-several-unnamed", "2023-05-08",  # Australia, New Zealand
     "Labour MPs yelled out “weak” as the house divided for the vote.",
     [("weak", None)]),
    ("coordinated-names-opening-a-clause-are-several-speakers", "2020-06-10",  # Malaysia, Indonesia
     "Yesterday, Harapan, Parti Bersatu Rakyat and Parti Warisan Timur leaders met in the capital and said the talks had made “very positive progress in every way”.",
     [("very positive progress in every way", None)]),
    ("a-plural-title-after-a-capitalised-word-is-several-unnamed", "2022-05-16",  # Sri Lanka, India
     "Leader of Opposition Ravi Fernando said the opposition would support positive steps.\n\n"
     "Opposition leaders are demanding constitutional change, but have also said they would \"constructively and progressively\" support proposals.\n\n"
     "\"We in the opposition received a mandate to be opposition, not in government,\" he said.",
     [("constructively and progressively", None),
      ("We in the opposition received a mandate to be opposition, not in government,", "Ravi Fernando")]),
    ("a-fronted-participle-then-a-role-then-saying", "2017-04-19",  # Nepal, India
     "Home Minister Prakash Thapa visited the district on Tuesday.\n\n"
     "Speaking at a press conference organised by the press union, Dadeldhura, today, the minister tried to allay fears, saying, “As the process has already started, there is no point in any doubt about the polls.”",
     [("As the process has already started, there is no point in any doubt about the polls.", "Prakash Thapa")]),
    ("a-commentator-before-a-name-is-a-role", "2021-05-20",  # Samoa, Fiji
     "“The courts are going to decide the political future of the country,” said political commentator Tavita Malietoa-Faleolo.",
     [("The courts are going to decide the political future of the country,", "Tavita Malietoa-Faleolo")]),
    ("a-country-of-several-words-after-of-in-a-title", "2021-07-27",  # Saint Lucia, Antigua and Barbuda
     "Prime Minister of St Lucia Marcus T Joseph said: “The people have spoken and entrusted you with leading them again.”",
     [("The people have spoken and entrusted you with leading them again.", "Marcus T Joseph")]),
    ("went-on-colon-is-a-cue", "2022-10-26",  # Ireland, New Zealand
     "Prime Minister Owen Byrne spoke on Tuesday.\n\n"
     "To cries of “shame” from the opposition benches, Mr Byrne went on: “She is playing both sides in this debate, and I regret that she is.”",
     [("She is playing both sides in this debate, and I regret that she is.", "Owen Byrne")]),
    ("she-is-never-the-one-the-story-calls-mr", "2022-10-26",  # Ireland, United Kingdom
     "Prime Minister Owen Byrne spoke in the chamber on Tuesday.\n\n"
     "Mr Byrne went on to attack Ms Nolan, saying she commented that the Government could not look after “our own” as well.",
     [("our own", "Nolan")]),
    ("he-said-skips-a-previous-speaker-the-story-calls-ms", "2022-10-26",  # Ireland, United Kingdom
     "Prime Minister Owen Byrne spoke in the chamber on Tuesday, and opposition leader Siobhan Nolan replied.\n\n"
     "Mr Byrne said Ms Nolan had commented that the Government could not look after “our own people in this country”.\n\n"
     "“I know what that is targeted at, and so does everybody in this room,” he said.",
     [("our own people in this country", "Siobhan Nolan"),
      ("I know what that is targeted at, and so does everybody in this room,", "Owen Byrne")]),
    ("he-after-as-in-a-sentence-is-its-subject-not-a-possessor", "2019-03-14",  # Jamaica, Trinidad and Tobago
     "Lawyer Paul Whyte argued the appeal.\n\n"
     "But attorney-at-law R.T. Campbell, who represented the accused, scoffed at Whyte's claim as he described his colleague as \"pathologically mendacious\".",
     [("pathologically mendacious", "R.T. Campbell")]),
    ("he-in-which-after-a-possessor-is-the-possessor", "2019-03-14",  # United Kingdom, Ireland
     "Minister Paul Whyte spoke on Monday.\n\n"
     "Opposition leader Ann Brady criticised Whyte's remarks, in which he described the plan as \"a fair deal for everyone in the country\".",
     [("a fair deal for everyone in the country", "Paul Whyte")]),
    ("the-statements-of-a-named-minister-that-quote", "2023-05-03",  # Azerbaijan, Armenia
     "The ministry commented on the statements of Foreign Minister Levon Petrosyan that allegedly \"the capital has been waiting for a response for a month,\" News.az reports.",
     [("the capital has been waiting for a response for a month,", "Levon Petrosyan")]),
    ("a-named-owner-s-claim-that-quote", "2023-05-03",  # Armenia, Georgia
     "The ministry rejected Foreign Minister Levon Petrosyan’s claim that \"the capital has been waiting for a response for a month.\"",
     [("the capital has been waiting for a response for a month.", "Levon Petrosyan")]),
    ("a-claim-about-a-place-names-no-speaker", "2023-05-03",  # Armenia, Georgia
     "Officials rejected the claims about Yerevan that \"the capital has been waiting for a response for a month.\"",
     [("the capital has been waiting for a response for a month.", None)]),
    ("went-on-to-announce-is-the-subject-s-cue", "2023-01-11",  # Sierra Leone, Liberia
     "Alfred Kamara, chairman of the interim committee, agreed to uphold the injunction and went on to announce that “the party’s national delegates conference will not hold.”",
     [("the party’s national delegates conference will not hold.", "Alfred Kamara")]),
    ("elaborated-is-a-cue", "2024-12-04",  # South Korea, Japan
     "Opposition leader Kim Min-su spoke on Tuesday.\n\n"
     "Kim later elaborated that the decree was proof that the government dares to \"act aggressively on an impulse in a way that ordinary people cannot imagine.\"",
     [("act aggressively on an impulse in a way that ordinary people cannot imagine.", "Kim Min-su")]),
    ("a-known-surname-right-after-the-last-comma-before-told", "2013-05-12",  # Jordan, Egypt
     "Foreign Minister Nasser Haddad addressed the Lower House on Sunday.\n\n"
     "Summoning the ambassador aimed to \"send a strongly-worded message regarding developments there,\" particularly amid the custodianship of the holy sites, Haddad told the Lower House.",
     [("send a strongly-worded message regarding developments there,", "Nasser Haddad")]),
    ("a-capitalised-bare-title-is-the-one-person-speaking", "2018-11-21",  # Kazakhstan, Uzbekistan
     "The head of state held a meeting with the diplomatic corps.\n\n"
     "Askar Tokayev in the meeting noted the need to settle conflicts, a correspondent reports.\n\n"
     "\"In my opinion, it is necessary to take joint measures to settle the conflicts,\" said Askar Tokayev.\n\n"
     "\"We support the continuation of the talks in the capital,\" said the President.\n\n"
     "\"We observe the processes taking place there. They are complex,\" said the head of state.",
     [("In my opinion, it is necessary to take joint measures to settle the conflicts,", "Askar Tokayev"),
      ("We support the continuation of the talks in the capital,", "Askar Tokayev"),
      ("We observe the processes taking place there. They are complex,", "Askar Tokayev")]),
    ("a-capitalised-bare-title-is-never-someone-with-another-office", "2018-11-21",  # Kazakhstan, Peru
     "Foreign Minister Ana Ruiz spoke to diplomats on Monday.\n\n"
     "“We will not sign this agreement as it stands,” Ruiz said.\n\n"
     "“We support the talks in the capital,” said the President.",
     [("We will not sign this agreement as it stands,", "Ana Ruiz"), ("We support the talks in the capital,", None)]),
    ("a-bare-lower-case-title-after-said-is-the-title", "2024-11-26",  # Pakistan, Bangladesh
     "Interior Minister Ahsan Qureshi has handed authority to the police.\n\n"
     "“Security of the Red Zone has been our foremost priority,” said interior minister.",
     [("Security of the Red Zone has been our foremost priority,", "Ahsan Qureshi")]),
    ("a-bare-lower-case-title-before-said-is-the-title", "2024-11-26",  # Pakistan, India
     "Interior Minister Ahsan Qureshi has handed authority to the police.\n\n"
     "“Security of the Red Zone has been our foremost priority,” talking to media on Tuesday interior minister said.",
     [("Security of the Red Zone has been our foremost priority,", "Ahsan Qureshi")]),
    ("a-title-after-for-the-is-someone-else-s", "2024-11-26",  # Pakistan, India
     "Interior Minister Ahsan Qureshi has handed authority to the police.\n\n"
     "“Security of the Red Zone has been our foremost priority,” the lawyer for the interior minister said.",
     [("Security of the Red Zone has been our foremost priority,", None)]),
    ("initials-after-an-honorific-belong-to-the-name", "2019-12-01",  # Bangladesh, India
     "Foreign Minister Dr. M.R. Karim Hossain has said his country backs its neighbours.\n\n"
     "“We have a solid relationship with our neighbours in multilateral areas,” Dr. Hossain said.",
     [("We have a solid relationship with our neighbours in multilateral areas,", "M.R. Karim Hossain")]),
    ("a-capital-the-inside-a-sentence-opens-a-publication", "2019-12-01",  # Nepal, Bangladesh
     "Foreign Minister Prakash Adhikari has said his country backs the bloc.\n\n"
     "According to the Kathmandu Courier, the Foreign Minister said that the bloc was being obstructed.\n\n"
     "“You know why the regional bloc is not prospering. One reason is the enmity between members,” he said.\n\n"
     "“But the other groupings should do better,” he added.\n\n"
     "Adhikari said so while talking to The Kathmandu Courier at the ceremony.",
     [("You know why the regional bloc is not prospering. One reason is the enmity between members,", "Prakash Adhikari"),
      ("But the other groupings should do better,", "Prakash Adhikari")]),
    ("a-surname-after-a-shorter-form-of-a-full-name-is-the-full-name", "2020-12-09",  # Ghana, Bangladesh
     "The party's General Secretary, Kwesi Ofori Mensah, has urged the president to concede.\n\n"
     "Addressing the press on Tuesday, Ofori Mensah charged the president to call the winner.\n\n"
     "Mr Mensah also accused the ruling party of conniving with the commission.\n\n"
     "“I believe the ruling party is in a very uncomfortable situation now,” he said.",
     [("I believe the ruling party is in a very uncomfortable situation now,", "Kwesi Ofori Mensah")]),
    ("an-organisation-s-first-word-alone-is-that-organisation", "2012-09-05",  # Bahrain, Egypt
     "Transparency International called the verdict unjust on Tuesday. A spokesman for Transparency's Berlin office said it would appeal.\n\n"
     "Transparency has previously described the jailed activists as \"prisoners of conscience,\" held for speaking freely.",
     [("prisoners of conscience,", "Transparency International")]),
    ("a-full-name-right-after-the-last-comma-before-said", "2018-09-11",  # Cameroon, Nigeria
     "“I travelled more than 600 kilometres to attend this trial. It is a historic trial”, psychologist and president of an association for human rights, Paul Ndongo said.",
     [("I travelled more than 600 kilometres to attend this trial. It is a historic trial", "Paul Ndongo")]),
    ("for-before-a-department-carries-the-office", "2019-08-01",  # Liberia, Sierra Leone
     "“In cases like riots, officers use teargas to take control,” Deputy Director for Operations Moses Kollie added.",
     [("In cases like riots, officers use teargas to take control,", "Moses Kollie")]),
    ("a-stray-comma-between-an-opening-name-and-its-verb", "2019-08-01",  # Liberia, Ghana
     "Police Commissioner Abena Mensah, informed the press that officers were “trying to calm the tension before any investigation.”",
     [("trying to calm the tension before any investigation.", "Abena Mensah")]),
    ("a-comma-before-said-to-be-is-no-stray-comma", "2019-08-01",  # Nigeria, Ghana
     "Chief Bola Adeyemi, said to be close to the governor, has called the plan “a betrayal of the people of this state”.",
     [("a betrayal of the people of this state", "Bola Adeyemi")]),
    ("a-territory-is-never-he", "2016-09-06",  # Hong Kong, Macau
     "Chief Executive Wong Ka-ming spoke after the vote.\n\n"
     "“Some lawmakers who opposed my re-election were not elected,” Wong said in response.\n\n"
     "Wong has yet to announce whether he will seek re-election.\n\n"
     "The election gave rise to four lawmakers who supported Hong Kong self-determination, with Hong Kong independence as one of the options. Self-determination is the idea that Hong Kong people should decide their own future.\n\n"
     "“Voters were not satisfied with the old camp, so they chose new faces this time,” he said.",
     [("Some lawmakers who opposed my re-election were not elected,", "Wong Ka-ming"),
      ("Voters were not satisfied with the old camp, so they chose new faces this time,", "Wong Ka-ming")]),
    ("a-name-typed-without-its-glottal-mark-is-the-same-name", "2021-05-17",  # Samoa, Tonga
     "The head of state, Afioga Tuimaleali’ifano Vaaletoa, met the parties on Monday.\n\n"
     "“The court must decide what the constitution requires of all of us,” Tuimalealiifano said.",
     [("The court must decide what the constitution requires of all of us,", "Afioga Tuimaleali’ifano Vaaletoa")]),
    ("a-country-s-police-is-the-police", "2011-04-11",  # Uganda, Kenya
     "The Tanzania police has banned demonstrations and warned last week that any attempt to march would be \"dealt with firmly\".",
     [("dealt with firmly", "Tanzania police")]),
    ("a-country-ends-a-parliament-before-its-member", "2020-05-21",  # Kyrgyzstan, Kazakhstan
     "Deputy of the Parliament of Kazakhstan Aidos Serikbayev gives up his seat.\n\n"
     "He said he is responsible too. «I am ready to serve the state in other ways, but I cannot stay on,» the deputy said.",
     [("I am ready to serve the state in other ways, but I cannot stay on,", "Aidos Serikbayev")]),
    ("a-legislator-is-the-senator-named-before", "2025-10-22",  # Colombia, Philippines
     "Senator Laura Ospina announced an appeal, stating, «We will persevere until the truth in this case is known to all,» asserted the legislator.",
     [("We will persevere until the truth in this case is known to all,", "Laura Ospina")]),
    ("coun-is-a-councillor-s-honorific", "2017-03-06",  # United Kingdom
     "Coun Margaret Hollis took issue with the leaflet.\n\n"
     "Coun. Hollis said: “This is a deliberate attempt to mislead the voters of the ward.”",
     [("This is a deliberate attempt to mislead the voters of the ward.", "Margaret Hollis")]),
    ("a-council-inside-a-group-leader-s-office-is-no-speaker", "2017-03-06",  # United Kingdom, Ireland
     "The leader of the Labour group on Northshire County Council has accused a councillor of “alarming arrogance and contempt for voters” in a row over a leaflet.",
     [("alarming arrogance and contempt for voters", None)]),
    ("an-organiser-before-a-name-is-a-role", "2022-03-05",  # Kenya, Ireland
     "\"We expect thousands on the streets by the weekend,\" said march organiser Wanjiru Kamau.\n\n"
     "\"Nobody will stop the people this time,\" said coordinator Sean Byrne.",
     [("We expect thousands on the streets by the weekend,", "Wanjiru Kamau"),
      ("Nobody will stop the people this time,", "Sean Byrne")]),
    ("a-name-after-in-is-a-person-when-its-surname-speaks", "2016-06-28",  # United Kingdom, Australia
     "Party members backed a vote of no confidence in Mary Tolland on Monday.\n\n"
     "In a statement, Tolland said: \"I was elected by the members, and I will not resign.\"",
     [("I was elected by the members, and I will not resign.", "Mary Tolland")]),
    ("a-name-after-from-is-a-person-when-an-honorific-names-it", "2019-04-02",  # Nigeria, Ghana
     "Delegates heard from Kofi Asante before the vote.\n\n"
     "\"We have the numbers,\" Mr Asante told reporters.",
     [("We have the numbers,", "Kofi Asante")]),
    ("a-place-after-in-stays-a-place-when-its-name-speaks-for-no-one", "2021-07-14",  # Philippines
     "Protesters gathered in Quezon City on Monday.\n\n"
     "\"We will stay here until the mayor listens to us,\" said activist Liza Reyes.",
     [("We will stay here until the mayor listens to us,", "Liza Reyes")]),
    ("a-clause-with-a-past-verb-is-no-speaker-phrase", "2011-03-25",  # Jordan, Lebanon
     "The march witnessed angry slogans chanted against the government, blasting its measures as \"a mere theatrical play,\" and warned of unrest.",
     [("a mere theatrical play,", None)]),
    ("a-second-portfolio-in-a-title-is-no-title-holder", "2008-12-23",  # Ghana, Nigeria
     "Mr Kwame Mensah, Minister of Information and National Orientation, on Tuesday said the runoff was peaceful.\n\n"
     "The Minister said the government was committed to democracy.\n\n"
     "\"The official borders have not been closed,\" he said.",
     [("The official borders have not been closed,", "Kwame Mensah")]),
    ("the-force-after-a-named-police-service", "2023-06-26",  # Sierra Leone, Liberia
     "In a statement, the Liberia National Police said officers had been deployed.\n\n"
     "They attracted \"a huge crowd\" outside the headquarters, the force added.",
     [("a huge crowd", "Liberia National Police")]),
    ("the-police-after-police-opened-a-sentence", "2021-05-10",  # Uganda, Kenya
     "Police have issued a statement warning the opposition leader.\n\n"
     "“Such acts of impunity must stop,” the police say.",
     [("Such acts of impunity must stop,", "Police")]),
    ("a-platform-is-never-she", "2013-01-06",  # Argentina, Chile
     "\"This court has exceeded all bounds,\" President Cristina Alvarez wrote yesterday on her Twitter account. "
     "She claimed the democratic system was “severely damaged” by the ruling.",
     [("severely damaged", "Cristina Alvarez")]),
    ("a-participle-after-a-comma-is-not-an-inverted-cue", "2021-05-01",  # Trinidad and Tobago, Guyana
     "She called on the Government to disclose the fees paid to defend this “illegal action” in postponing the vote, "
     "saying the Opposition estimates it to be $2 million.",
     [("illegal action", None)]),
    ("a-name-then-its-title-after-an-inverted-cue", "2021-05-01",  # United States
     "“A vote of no confidence is warranted,” said Corey Mills, Mayor Pro Tem.",
     [("A vote of no confidence is warranted,", "Corey Mills")]),
    ("a-surname-before-the-full-name-given-later", "2019-05-31",  # Papua New Guinea, Solomon Islands
     "According to the ABC, the visit would go ahead and Mr Tkatchenko said \"there was nothing stopping him from coming\".\n\n"
     "In a statement, Prime Minister Justin Tkatchenko said the trip was welcome.",
     [("there was nothing stopping him from coming", "Justin Tkatchenko")]),
    ("an-honorific-stop-inside-a-title-lead", "2021-10-29",  # Ghana, Nigeria
     "The General Secretary of the NDC Mr. Kofi Boateng has described the commissioner as arrogant.\n\n"
     "But the General Secretary has insisted that the former president’s claim is “factual and a true reflection”.",
     [("factual and a true reflection", "Kofi Boateng")]),
    ("commented-right-before-a-quotation", "2023-08-21",  # Ecuador, Bolivia
     "Candidate Ana Morales commented: \"We have made history, it is the first time that a woman reaches this stage.\"",
     [("We have made history, it is the first time that a woman reaches this stage.", "Ana Morales")]),
    ("commented-on-another-s-statement-is-no-cue", "2023-06-02",  # Azerbaijan, Armenia
     "Spokesman Ali Hasanov commented on the statements of Foreign Minister Arman Sargsyan that allegedly “the talks are suspended by Baku”.",
     [("the talks are suspended by Baku", "Arman Sargsyan")]),  # the statements' owner (NOUN:Q), never the commenter
    ("expressed-right-before-a-quotation", "2020-12-09",  # Ghana, Liberia
     "Addressing the injured and the dead, he expressed his “condolences to the relatives of the deceased.”\n\n"
     "Former President John Mensah spoke in Accra.",
     [("condolences to the relatives of the deceased.", None)]),
    ("expressed-far-from-the-quotation-is-no-cue", "2014-12-03",  # Tonga, Samoa
     "Party leader Sione Tuita spoke on Monday.\n\n"
     "He said that Viliami Fifita had expressed a willingness of the party to work with the independents, \"because we did not win all the seats.\"",
     [("because we did not win all the seats.", "Sione Tuita")]),
    ("expressed-hope-that-before-a-quotation", "2023-11-09",  # Georgia, Armenia
     "Foreign Minister Ilia Tsiklauri expressed hope that “Georgia’s efforts will be reflected in the decision.”",
     [("Georgia’s efforts will be reflected in the decision.", "Ilia Tsiklauri")]),
    ("a-commission-on-something-is-one-name", "2022-05-05",  # Philippines, Sri Lanka
     "The Commission on Human Rights said a second delay was “not an option”.",
     [("not an option", "Commission on Human Rights")]),
    ("a-document-as-written-is-no-speaker", "2019-05-01",  # Thailand, Myanmar
     "“Before the coup, the offence was used infrequently,” their report said.",
     [("Before the coup, the offence was used infrequently,", None)]),
    ("a-role-phrase-subject-before-a-quotation-is-unknown-not-the-words", "2020-06-18",  # United States, Canada
     "Protesters gathered outside a home in the valley on Thursday night.\n\n"
     "The veteran councilman said cars began arriving at 7 p.m. He said he had expected them. \"I have been watchful.\"",
     [("I have been watchful.", None)]),
    ("a-nickname-in-quotation-marks-after-a-full-name", "2023-07-08",  # Nepal, India
     "The opposition demanded the resignation of Prime Minister Ram Bahadur Thapa \"Badal\" over his remarks.\n\n"
     "“He had once made efforts to make me the prime minister,” Badal said.",
     [("He had once made efforts to make me the prime minister,", "Ram Bahadur Thapa")]),
    ("a-one-letter-platform-name-is-no-title-holder", "2024-10-04",  # India, Sri Lanka
     "External Affairs Minister Ravi Sharma met the president in Colombo on Friday, conveying the greetings of "
     "Prime Minister Arun Mehta and President Sita Rao.\n\n"
     "In a post on X, the Indian minister said, “Honored to call on the President today.”",
     [("Honored to call on the President today.", "Ravi Sharma")]),
    ("an-appositive-ending-in-of-accused-is-still-an-appositive", "2023-11-20",  # Bangladesh, India
     "Asked about the judgment, Syed Anwar Hossain, a lawyer of one of accused, told reporters his client was wronged.\n\n"
     "The lawyer also said the prosecution failed to exhibit the \"alamats\" seized.",
     [("alamats", "Syed Anwar Hossain")]),
    ("a-title-of-a-country-before-the-name-is-no-preposition", "2015-02-13",  # Belarus, Latvia
     "Deputy Minister Olga Petrova spoke on Friday. \"We plan a meeting,\" Petrova said.\n\n"
     "On February 11 during the summit in Minsk the Foreign Minister of Belarus Ivan Makarov reported that visits were near. "
     "\"We should expect the flow of visitors,\" he said.",
     [("We should expect the flow of visitors,", "Ivan Makarov")]),
    ("a-party-word-before-a-role-noun-after-an-inverted-cue", "2021-06-13",  # Nicaragua, Honduras
     "“This is a dictatorship in every way,” said former general and Frelimo dissident Carlos Mejía.",
     [("This is a dictatorship in every way,", "Carlos Mejía")]),
    ("he-in-a-clause-goes-to-the-subject-not-the-object", "2022-01-12",  # Jamaica, Trinidad and Tobago
     "Opposition Leader Mark Gordon spoke on Tuesday.\n\n"
     "The Opposition Leader also called out Prime Minister Andrew Hall for what he dubbed “emotional manipulation”.",
     [("emotional manipulation", "Mark Gordon")]),
    ("a-shared-surname-goes-to-the-one-who-opened-a-sentence", "2022-03-22",  # India, Nepal
     "State Congress chief Arun Gogoi said the party would win the seat.\n\n"
     "He added that all its MLAs would vote for Ranjit Gogoi without fail.\n\n"
     "Gogoi added that the chief minister had misled voters. “It is only a protocol,” he said.",
     [("It is only a protocol,", "Arun Gogoi")]),
    ("a-long-title-phrase-with-of-as-the-subject", "2024-02-20",  # Portugal, Spain
     "Social Democratic Party leader Rui Almeida spoke on Monday.\n\n"
     "In Braga, the leader of the Social Democratic Party said that “a clear victory is underway”.",
     [("a clear victory is underway", "Rui Almeida")]),
    ("a-plural-cue-word-after-a-past-verb-is-a-noun", "2020-10-15",  # Kyrgyzstan, Tajikistan
     "President Askar Beshimov said he rejected calls from officials for the “violent suppression of protesters.”",
     [("violent suppression of protesters.", "Askar Beshimov")]),
    ("an-unknown-past-verb-closing-the-sentence-after-a-name", "2021-12-08",  # Peru, Ghana
     "\"I condemn the attitudes witnessed in the chamber,\" Mr. Pedro Vargas expressed.",
     [("I condemn the attitudes witnessed in the chamber,", "Pedro Vargas")]),
    ("an-unknown-past-verb-after-a-comma-outside-the-marks", "2023-06-01",  # Ghana, Nigeria
     "“The posturing of the minister is arrogant to say the least”, Kofi Mensah fumed.",
     [("The posturing of the minister is arrogant to say the least", "Kofi Mensah")]),
    ("a-later-quotation-in-the-same-sentence-after-the-speaker", "2022-09-05",  # Chile, Argentina
     "\"We must live up to this call,\" said President Gabriel Soto calling for the unity of the people in \"building the future.\"",
     [("building the future.", "Gabriel Soto")]),
    ("a-later-quotation-after-a-relative-clause-is-not-the-speaker-s", "2023-03-20",  # Kenya, Uganda
     "\"The war has begun,\" said Raila Omondi in front of his supporters, who continue to claim that the election was \"stolen and rigged by the state\".",
     [("stolen and rigged by the state", None)]),
    ("said-then-an-inner-clause-with-an-inanimate-subject", "2019-09-10",  # Italy, Spain
     "Prime Minister Pedro Sánchez spoke in parliament.\n\n"
     "Sánchez said the vote signalled \"a new beginning for Spain, a season of reform and hope\".",
     [("a new beginning for Spain, a season of reform and hope", "Pedro Sánchez")]),
    ("the-groups-after-an-organisation-described-as-groups", "2022-06-02",  # Guinea, Mali
     "The Alliance for Democratic Change, a coalition of civil society groups, accused the police of using live rounds.\n\n"
     "“The repression of the marches contrasts with the junta’s promises,” the groups said.",
     [("The repression of the marches contrasts with the junta’s promises,", "Alliance for Democratic Change")]),
    ("master-of-the-high-court-is-a-title", "2020-01-31",  # Botswana, Lesotho
     "The Registrar and Master of the High Court Kabelo Sechele said the case was “randomly allocated to a judge.”",
     [("randomly allocated to a judge.", "Kabelo Sechele")]),
    ("a-possessor-s-lawyer-then-the-lawyer-s-name", "2014-06-26",  # Vietnam, Laos
     "The appeal hearing ended quickly, Minh’s lawyer, Le Van Tam, told reporters.\n\n"
     "“The court upheld the sentence,” he said.",
     [("The court upheld the sentence,", "Le Van Tam")]),
    ("a-name-in-a-fronted-prepositional-phrase-is-no-subject", "2010-04-07",  # Kyrgyzstan, Kazakhstan
     "Outside the Government House, the seat of power, protesters waved flags and shouted “Akayev out!”",
     [("Akayev out!", None)]),
    ("referred-to-as-before-a-quotation", "2024-05-12",  # Tunisia, Algeria
     "The charges stem from a radio interview, where lawyer Amina Trabelsi referred to the country as a \"racist country.\"",
     [("racist country.", "Amina Trabelsi")]),
    ("a-passive-cue-in-an-appositive-is-not-the-cue", "2024-03-14",  # Japan, South Korea
     "“I thought I was dreaming,” Kenji, one of the plaintiffs who wished to be referred to by a pseudonym, said before his voice broke.",
     [("I thought I was dreaming,", "Kenji")]),
    ("believes-that-before-a-quotation", "2016-01-14",  # Kazakhstan, Russia
     "MP Ivan Petrov believes that “the parliament has fulfilled its mission by passing the reform laws.”",
     [("the parliament has fulfilled its mission by passing the reform laws.", "Ivan Petrov")]),
    ("proposes-before-a-quotation", "2016-01-14",  # Kazakhstan, Kyrgyzstan
     "Party leader Azamat Nurlanov proposes asking the voters “which parties they trust in such a difficult time.”",
     [("which parties they trust in such a difficult time.", "Azamat Nurlanov")]),
    ("in-a-statement-then-the-acronym-of-a-party", "2019-04-22",  # Sudan, Egypt
     "The Democratic Unionist Party (DUP) joined the calls on Sunday.\n\n"
     "In a statement issued on Monday, the DUP denounced the military council.\n\n"
     "“We warn the council of the consequences,” said the statement.",
     [("We warn the council of the consequences,", "Democratic Unionist Party")]),
    ("a-title-subject-with-a-closed-relative-clause", "2026-02-06",  # Oman, Qatar
     "Foreign Minister Khalid Al Mahmoud arrived in Muscat.\n\n"
     "The Qatari foreign minister, who hosted the talks on Friday, described them as \"very serious and useful.\"",
     [("very serious and useful.", "Khalid Al Mahmoud")]),
    ("a-cue-inside-an-open-relative-clause-is-not-the-subject-s", "2021-04-16",  # Hong Kong
     "Jimmy Wong, who state media describes as a “traitor to the nation and its people,” faces new charges.",
     [("traitor to the nation and its people,", None)]),
    ("according-to-her-inside-the-sentence", "2023-03-19",  # Kazakhstan, Kyrgyzstan
     "Dana Serikova, 31, voted early in the morning.\n\n"
     "The best part, according to her, was to see candidates who could “bring new voices to the Parliament.”",
     [("bring new voices to the Parliament.", "Dana Serikova")]),
    ("a-mediator-is-a-person", "2026-02-06",  # Oman, Qatar
     "Qatari Foreign Minister Khalid bin Saad Al Thani said the talks were serious.\n\n"
     "\"It was useful to hear both sides,\" the Qatari mediator of the talks also said.",
     [("It was useful to hear both sides,", "Khalid bin Saad Al Thani")]),
    ("an-owner-s-spokesperson-after-an-inverted-cue", "2023-06-08",  # Iraq, Jordan
     "Karwan Aziz, Kurdistan Region Presidency spokesperson, told reporters on Thursday that talks had begun.\n\n"
     "“Our priority is the holding of the vote,” said the Kurdistan Region Presidency’s spokesperson in the press conference.",
     [("Our priority is the holding of the vote,", "Karwan Aziz")]),
    ("a-title-after-an-inverted-cue-then-a-preposition", "2021-05-02",  # Malawi, Zambia
     "“We will not accept this,” said the party president in Lilongwe.",
     [("We will not accept this,", None)]),
    ("an-office-title-after-an-inverted-cue", "2020-08-30",  # Venezuela, Peru
     "Information Minister Luis Ramos spoke on Sunday.\n\n"
     "\"The opposition destroyed the Assembly,\" said the Minister of Communication and Information.",
     [("The opposition destroyed the Assembly,", "Luis Ramos")]),
    ("a-weekday-after-on-then-a-comma-before-the-subject", "2020-12-08",  # Ghana, Nigeria
     "The General Secretary of the party, Kofi Asante Mensah, spoke on Monday.\n\n"
     "Addressing the press on Tuesday, Asante Mensah charged President Boateng to place a call to John Owusu for what he describes as a projected win.\n\n"
     "\"He should call John Owusu and congratulate him,” he said.",
     [("He should call John Owusu and congratulate him,", "Kofi Asante Mensah")]),
    ("according-to-a-source-then-adding", "2022-03-26",  # Ukraine, Georgia
     "According to Oleh Bondar, an adviser to the interior minister, the general was taken ill after a row, "
     "adding that he is now \"undergoing treatment\" in hospital.",
     [("undergoing treatment", "Oleh Bondar")]),
    ("according-to-a-statement-then-the-statement-said", "2018-12-28",  # Sudan, Ethiopia
     "The Association of Nigerian Lawyers called a new strike on Friday.\n\n"
     "According to a statement sent to reporters on Friday night, the lawyers said the government was weakening.\n\n"
     "The statement further pointed out that all were close to the “goal of a democratic transition that guarantees freedom”.",
     [("goal of a democratic transition that guarantees freedom", "Association of Nigerian Lawyers")]),
    ("an-office-named-by-a-title-issues-the-statement", "2017-04-03",  # Maldives, Sri Lanka
     "A statement released by the Prime Minister’s Office denied the claims on Sunday.\n\n"
     "The statement said the “members were asked to leave the chamber to restore order”.",
     [("members were asked to leave the chamber to restore order", "Prime Minister’s Office")]),
    ("by-calling-before-partial-quotations", "2024-11-19",  # South Korea, Taiwan
     "Opposition leader Kim Min-ho attacked the court by calling its ruling a “judicial murder” and “a verdict made to destroy a person.”",
     [("judicial murder", "Kim Min-ho"), ("a verdict made to destroy a person.", "Kim Min-ho")]),
    ("a-name-in-an-opening-during-phrase-is-no-subject", "2024-11-19",  # South Korea, Japan
     "During its first meeting since Park Jin-woo’s conviction, Democratic Party leader Lee Sang-ho attacked the court, "
     "calling the ruling “a stain on the history of the judiciary.”",
     [("a stain on the history of the judiciary.", "Lee Sang-ho")]),
    ("subject-of-a-clause-after-in-which", "2023-11-28",  # Spain, Argentina
     "Foreign Minister Ana Albares gave an interview on Tuesday, in which the minister reiterated "
     "Madrid’s wish for talks to resume “as soon as possible”.",
     [("as soon as possible", "Ana Albares")]),
    ("called-for-right-before-the-quotation", "2024-06-26",  # Bolivia, Peru
     "In a message on his X account, President Luis Torres called for \"democracy to be respected.\"",
     [("democracy to be respected.", "Luis Torres")]),
    ("called-for-without-a-quotation-after-it", "2024-06-26",  # Bolivia, Peru
     "President Luis Torres called for calm in the capital, where crowds carried “no more coups in our country” banners.",
     [("no more coups in our country", None)]),
    ("hinted-as-a-cue", "2020-06-16",  # Antigua and Barbuda, Barbados
     "Prime Minister Gaston Brown has hinted that the elections could be held “as early as November next year” as he reacted.",
     [("as early as November next year", "Gaston Brown")]),
    ("a-country-is-never-he", "2023-11-28",  # Spain, Gibraltar
     "In the interview, the minister repeated Spain’s wish for talks.\n\n"
     "“We spoke yesterday,” he said.",
     [("We spoke yesterday,", None)]),
    ("the-one-person-the-paragraph-before-names", "2023-11-28",  # Spain, Gibraltar
     "Foreign Secretary David Cameron and his Spanish counterpart, Jose Manuel Albares, spoke by telephone on Monday.\n\n"
     "The call was confirmed on Tuesday by Mr Albares in a radio interview.\n\n"
     "“We agreed to move forward as soon as possible,” he said.",
     [("We agreed to move forward as soon as possible,", "Jose Manuel Albares")]),
    ("a-definite-title-named-in-the-next-paragraph", "2022-03-14",  # Chile, Peru
     "“The unrest is still latent,” said the president on Sunday.\n\n"
     "President Gabriel Rojas spoke at a ceremony in Santiago.",
     [("The unrest is still latent,", "Gabriel Rojas")]),
    ("an-indefinite-title-is-not-named-later", "2022-03-14",  # Chile, Peru
     "“The talks have failed,” a spokesman said on Sunday.\n\n"
     "Spokesman Luis Ortega later declined to comment.",
     [("The talks have failed,", None)]),
    ("hyphenated-rank-before-a-name", "2020-08-20",  # Mali, Nigeria
     "“The army could no longer do its work,” said Lieutenant-General Moussa Traoré.",
     [("The army could no longer do its work,", "Moussa Traoré")]),
    ("title-before-the-comma-then-a-rank", "2021-09-06",  # Guinea, Burkina Faso
     "In an interview, the junta’s spokesman, Colonel Major Amara Camara, said the council would meet.\n\n"
     "“We have no contact with any party,” the spokesman added.",
     [("We have no contact with any party,", "Amara Camara")]),
    ("unknown-verb-between-two-pieces-of-one-quotation", "2011-02-19",  # Jordan, Ghana
     "Activist Samir Haddad was hurt in the clashes.\n\n"
     "\"This is shameful,\" he expressed, \"but we will keep marching on Friday.\"",
     [("This is shameful,", "Samir Haddad"), ("but we will keep marching on Friday.", "Samir Haddad")]),
    ("unknown-verb-after-a-name-between-two-pieces", "2019-06-03",  # Ghana
     "“The NPP has failed the youth,” Kwame Asante fumed, “and they will answer at the polls.”",
     [("The NPP has failed the youth,", "Kwame Asante"), ("and they will answer at the polls.", "Kwame Asante")]),
    ("statement-made-before-the-cue", "2018-09-13",  # Nigeria
     "Press secretary Amaka Obi in a statement in Enugu said the vote would go ahead.\n\n"
     "“The commission has no plan to shift the election,” the statement read.",
     [("The commission has no plan to shift the election,", "Amaka Obi")]),
    ("ministry-said-in-a-statement-then-the-statement-reads", "2016-01-31",  # Iran
     "Lavrov and Kerry spoke by phone on Saturday, the Russian Foreign Ministry said in a statement.\n\n"
     "\"The ministers focused on the talks in Geneva,\" the statement reads.",
     [("The ministers focused on the talks in Geneva,", "Russian Foreign Ministry")]),
    ("he-after-a-new-subject", "2004-06-21",  # India
     "“We had a frank exchange,” said Pakistani Foreign Minister Ali Raza Kasuri.\n\n"
     "Indian minister Vikram Singh later visited the new port. “We will meet again in August,” he said.",
     [("We had a frank exchange,", "Ali Raza Kasuri"), ("We will meet again in August,", "Vikram Singh")]),
    ("he-after-a-speaker-inside-reported-speech", "2022-10-12",  # Malaysia
     "Prime Minister Aziz Rahman noted that Mr Hamid Osman, as party chairman, had urged an early vote "
     "by claiming that the government had failed.\n\n“The cabinet must stay united,” he added.",
     [("The cabinet must stay united,", "Aziz Rahman")]),
    ("first-words-of-a-longer-name", "2022-10-12",  # Malaysia
     "Caretaker premier Ismail Hamid Yusof said on Tuesday he would resign.\n\n"
     "“I have done my part,” Mr Ismail Hamid said.",
     [("I have done my part,", "Ismail Hamid Yusof")]),
    ("prof-without-a-stop", "2020-08-27",  # Nigeria
     "Prof Grace Adeyemi said: “We are ready for the poll.”",
     [("We are ready for the poll.", "Grace Adeyemi")]),
    ("several-people-are-no-one-speaker", "2004-06-21",  # India
     "The duo described the talks as 'warm and very productive'.",
     [("warm and very productive", None)]),
    ("partial-quote-with-the-cue-closing-the-sentence", "2013-09-24",  # Switzerland
     "The meeting would be between \"chief negotiators\" and all parties would attend, said Didier Meyer, "
     "speaking from New York.",
     [("chief negotiators", "Didier Meyer")]),
    ("single-marks-beside-double-marks", "2004-06-21",  # India
     "Vikram Singh later told reporters 'the chemistry was pretty good' while Ali Kasuri said, "
     "\"We discussed all the issues.\"",
     [("the chemistry was pretty good", "Vikram Singh"), ("We discussed all the issues.", "Ali Kasuri")]),
    ("appositive-before-the-cue-is-still-the-speaker", "2020-03-02",  # Kenya
     "“We will appeal,” Jane Wanjiru, 45, said on Monday.",
     [("We will appeal,", "Jane Wanjiru")]),
    ("khmer-honorifics-before-the-name", "2023-05-16",  # Cambodia
     "Samdech Techo Hun Manet said: “The election will go ahead.”",
     [("The election will go ahead.", "Hun Manet")]),
    ("a-statement-posted-is-no-cue", "2018-01-10",  # Cambodia
     "His daughter Monovithya said in a statement posted on Facebook on Sunday: “My father is innocent.”",
     [("My father is innocent.", "Monovithya")]),
    ("organisation-inside-the-clause-is-no-speaker", "2018-01-10",  # Kenya
     "“We will sue the government,” Jane Atieno of the Law Society of Kenya said.",
     [("We will sue the government,", "Jane Atieno")]),
    ("unnamed-role-is-unknown", "2018-08-27",  # Cayman Islands
     "Mr. Adam gave evidence. The complainant said Mr. Adam “placed his fist against my cheek.”",
     [("placed his fist against my cheek.", None)]),
    ("title-in-an-appositive", "2017-11-22",  # Cambodia
     "Samdech Techo Hun Manet, Prime Minister of the Kingdom of Cambodia, said the committee would work.\n\n"
     "“The National Assembly can elect the substitutes,” said the Cambodian premier this morning.",
     [("The National Assembly can elect the substitutes,", "Hun Manet")]),
    ("title-after-a-comma", "2020-03-02",  # Mexico
     "Ana Ruiz, the country's president, spoke on Monday.\n\n“We will win the vote,” the president said.",
     [("We will win the vote,", "Ana Ruiz")]),
    ("title-nobody-holds-is-unknown", "2020-03-02",
     "Ana Ruiz spoke on Monday.\n\n“We will win the vote,” the president said.",
     [("We will win the vote,", None)]),
    ("a-month-that-is-a-name", "2019-05-24",  # United Kingdom
     "Prime Minister Theresa May announced her resignation on May 24.\n\n“I have done my best,” Mrs May said.",
     [("I have done my best,", "Theresa May")]),
    ("backtick-typed-for-an-opening-mark", "2020-08-27",  # Nigeria
     "Chairman Musa Bello said: “We are ready for Saturday.\n\n`We have trained all our staff.\n\n"
     "“Voting starts at eight in the morning.”",
     [("We are ready for Saturday.", "Musa Bello"), ("We have trained all our staff.", "Musa Bello"),
      ("Voting starts at eight in the morning.", "Musa Bello")]),
    # Second round (split of 2026-11-30): rules found on the first test part, now dev.
    ("closing-mark-typed-as-an-opening-one", "2019-02-20",  # Nigeria
     "Chairman Musa Bello addressed the press on Wednesday.\n\n"
     "According to him, “We are good to go. Voting starts on Saturday. “",
     [("We are good to go. Voting starts on Saturday.", "Musa Bello")]),
    ("opening-mark-typed-as-a-closing-one", "2020-07-30",  # Zimbabwe
     "Harare lawyer Tendai Moyo said, ” The hearing was moved again. Detainees wait.”",
     [("The hearing was moved again. Detainees wait.", "Tendai Moyo")]),
    ("cue-in-the-next-short-sentence", "2021-06-08",  # Ghana
     "Minority Whip Kofi Asante spoke to reporters.\n\n“Where are the bills? Why the delay?” He quizzed.",
     [("Where are the bills? Why the delay?", "Kofi Asante")]),
    ("statement-with-a-possessive-owner", "2014-08-16",  # Azerbaijan
     "“Many issues were discussed,” the Kremlin’s statement reads.",
     [("Many issues were discussed,", "Kremlin")]),
    ("phrase-named-in-full-earlier", "2014-01-09",  # Armenia
     "Interfax cited the press service of the Armenian Foreign Ministry.\n\n"
     "\"The talks will resume in Paris,\" the press service said.",
     [("The talks will resume in Paris,", "press service of the Armenian Foreign Ministry")]),
    ("month-surname-alone", "2019-05-24",  # United Kingdom
     "Prime Minister Theresa May spoke in Downing Street.\n\nMay says it has been “the honour of my life”.",
     [("the honour of my life", "Theresa May")]),
    ("one-letter-name-typo", "2022-03-07",  # Turkey
     "Foreign Minister Mevlut Karaoglu announced the talks on Monday.\n\n"
     "\"The meeting will take place in Antalya,\" Karaoglo said.",
     [("The meeting will take place in Antalya,", "Mevlut Karaoglu")]),
    ("dateline-capitals-are-no-speaker", "2022-08-18",  # Malaysia
     "KUALA LUMPUR, August 18 — Party secretary-general Datuk Seri Ahmad Rahim has dismissed the claims.\n\n"
     "\"This is speculation,” he was quoted as saying.",
     [("This is speculation,", "Ahmad Rahim")]),
    ("epithet-with-a-proper-noun-modifier", "2022-11-18",  # Bangladesh
     "BNP Secretary General Rahim Uddin said on Thursday the rally would go ahead.\n\n"
     "\"There will be no war in Dhaka,\" the BNP leader added.",
     [("There will be no war in Dhaka,", "Rahim Uddin")]),
    ("quotation-over-paragraphs-takes-the-later-cue", "2023-07-21",  # Zimbabwe
     "Party spokesperson Tariro Moyo addressed a press conference in Harare.\n\n"
     "\"The bans have nothing to do with the law.\n\n"
     "\"Our letters are all the same.\n\n"
     "\"There has been full compliance,\" she said.",
     [("The bans have nothing to do with the law.", "Tariro Moyo"), ("Our letters are all the same.", "Tariro Moyo"),
      ("There has been full compliance,", "Tariro Moyo")]),
    ("two-apostrophes-for-a-double-mark", "2024-12-11",  # Uganda
     "''This is a real kangaroo court,'' said Erias Okello, a defence lawyer.",
     [("This is a real kangaroo court,", "Erias Okello")]),
    ("second-office-after-the-first-title", "2019-06-01",  # Philippines
     "Presidential Spokesman and Chief Presidential Counsel Salvador Reyes said: \"We bow to the ruling.\"",
     [("We bow to the ruling.", "Salvador Reyes")]),
    ("organisation-qualifying-a-title-is-no-subject", "2023-06-01",  # Philippines
     "Senate Majority Leader Joel Cruz echoed the statement, saying the chamber respects the court.\n\n"
     "\"He may pursue all legal remedies,\" he said.",
     [("He may pursue all legal remedies,", "Joel Cruz")]),
    ("with-name-saying", "2015-05-12",  # Israel
     "Opposition parties continued their attacks, with Labour leader Isaac Levi saying, “We need an alternative.”",
     [("We need an alternative.", "Isaac Levi")]),
    ("indefinite-group-is-unknown", "2019-02-12",  # Spain
     "A small group opposing them shouted \"Traitor\" at the marchers.",
     [("Traitor", None)]),
    ("organisation-keeps-its-owner", "2010-09-01",  # Uruguay
     "Argentina’s Foreign Ministry issued a statement on Monday.\n\n"
     "“We will never accept provocations,” the Foreign Ministry said.",
     [("We will never accept provocations,", "Argentina’s Foreign Ministry")]),
    ("participle-shares-the-last-cue-subject", "2010-09-01",  # Uruguay
     "The ministry condemned Defence Minister Liam Doyle’s remarks, in which he stated that the UK would "
     "defend the islands, adding that Argentine politicians “huff and puff” in vain.",
     [("huff and puff", "Liam Doyle")]),
    ("reflexive-and-adverb-before-the-cue", "2024-02-08",  # Ireland
     "Former minister Ronald Bakker chaired the talks.\n\nMr Bakker himself added: “I am not sure what he wants.”\n\n"
     "Mr Bakker definitively ruled out a return, adding: “This round has ended”.",
     [("I am not sure what he wants.", "Ronald Bakker"), ("This round has ended", "Ronald Bakker")]),
    ("nickname-inside-a-name", "2023-06-01",  # Philippines
     "Senate President Juan Miguel “Migz” Soriano said the senator keeps his seat.\n\n"
     "“The decision is not yet final,” Soriano added.",
     [("The decision is not yet final,", "Juan Miguel Soriano")]),
    ("press-briefing-between-subject-and-cue", "2019-07-10",  # Pakistan
     "Department spokeswoman Morgan Hale during a press briefing said she would check 'whether to confirm the visit'.",
     [("whether to confirm the visit", "Morgan Hale")]),
    ("quotation-after-a-sentence-about-its-speaker", "2019-05-24",  # United Kingdom
     "Prime Minister Theresa Hale announced her resignation.\n\n"
     "She said she had done her best. “I have done everything I can.”\n\n“There is so much that is good.”",
     [("I have done everything I can.", "Theresa Hale"), ("There is so much that is good.", "Theresa Hale")]),
    ("last-words-of-a-longer-name", "2021-12-06",  # Myanmar
     "Mrs Aung San Suu Kyi addressed the court. “I am not guilty,” Mrs Suu Kyi said.",
     [("I am not guilty,", "Aung San Suu Kyi")]),
    ("dash-between-the-quote-and-its-speaker", "2021-01-15",  # Uganda
     "“The vote was rigged” — opposition leader Bobi Okello said on Twitter.",
     [("The vote was rigged", "Bobi Okello")]),
    ("court-titles-name-their-holder", "2020-08-05",  # Zimbabwe
     "Magistrate Judith Moyo heard the bail application.\n\n"
     "“The accused must remain in custody,” the magistrate ruled.",
     [("The accused must remain in custody,", "Judith Moyo")]),
    ("prime-minister-is-not-the-home-minister", "2019-08-05",  # India
     "Prime Minister Arun Mehta chaired the meeting. Home Minister Vikram Rao also attended. "
     "“The decision is historic,” the prime minister said.",
     [("The decision is historic,", "Arun Mehta")]),
    ("age-epithet-is-the-person-last-named", "2020-01-10",  # Zimbabwe
     "Opposition veteran Joseph Ncube said on Sunday he had returned from exile.\n\n“Let them come,” the 76-year-old said.",
     [("Let them come,", "Joseph Ncube")]),
    ("epithet-is-never-a-person-only-spoken-of", "2023-08-03",  # Nigeria
     "The police said they arrested the activist, Omoyele Bello, for leading protesters.\n\n"
     "“He will be charged,” the Force Public Relations Officer said.",
     [("He will be charged,", None)]),
    ("titles-and-acronym-between-appositive-commas", "2023-08-03",  # Nigeria
     "The Force Public Relations Officer, CSP Benjamin Adeyemi, said this on Thursday.\n\n"
     "“Bello has been arrested,” he said.",
     [("Bello has been arrested,", "Benjamin Adeyemi")]),
    ("age-epithet-with-no-one-named-is-unknown", "2020-01-10",
     "“Let them come,” the 76-year-old said.",
     [("Let them come,", None)]),
    ("subject-before-an-appositive-clause", "2020-01-10",  # Kenya
     "The ministry, in a statement issued on Monday, said: “No arrests were made.”",
     [("No arrests were made.", None)]),  # "the ministry" names no ministry: unknown
    ("possessive-role-not-named-is-unknown", "2018-03-02",  # Sri Lanka
     "President Maithripala Perera declared a state of emergency on Tuesday.\n\n"
     "“The emergency will last ten days,” his spokesman said.",
     [("The emergency will last ten days,", None)]),
    ("he-after-a-new-person-as-subject", "2018-03-02",  # Kenya
     "“We have been waiting since 2015,” said Grace Mwangi, 52, a teacher.\n\n"
     "Her neighbour, John Otieno, agreed. “It is the same every year,” he said.",
     [("It is the same every year,", "John Otieno")]),
    ("party-word-before-a-title-is-no-speaker", "2019-01-16",  # United Kingdom
     "Lawmakers voted on Wednesday. “It is a dark day,” said Tory MP Anna Barton.",
     [("It is a dark day,", "Anna Barton")]),
    ("quotation-alone-after-a-paraphrase", "2023-02-27",  # Sri Lanka
     "In a twitter message, MP Sajith Perera has pointed out that dissent must be tolerated.\n\n"
     "“No leader or party has ever been right all the time.”",
     [("No leader or party has ever been right all the time.", "Sajith Perera")]),
    ("honorific-ending-a-name", "2021-02-03",  # Myanmar
     "Military spokesman Zaw Min Tun said the army would not hold power for long.\n\n"
     "“We guarantee that the elections will be held,” he said.",
     [("We guarantee that the elections will be held,", "Zaw Min Tun")]),
    ("office-carried-on-by-for", "2022-10-18",  # Kuwait
     "Minister of State for National Assembly Affairs and Minister of State for Housing Affairs Ali Al-Fahad "
     "said the government would let MPs elect their speaker “in a transparent and fair manner.”",
     [("in a transparent and fair manner.", "Ali Al-Fahad")]),
    ("ex-before-a-title", "2021-03-26",  # South Africa
     "The ANC will not get involved in former president Jacob Dube's statement, spokesperson Pule Mabe said.\n\n"
     "The ex-president accused the commission chairperson of “protecting his own interests”.",
     [("protecting his own interests", "Jacob Dube")]),
    ("public-relations-officer-is-the-spokesman", "2023-08-03",  # Nigeria
     "The Force Public Relations Officer, CSP Benjamin Adeyemi, said this on Thursday.\n\n"
     "According to the police spokesman, Bello will be charged.\n\n“Our plan is to arraign him today,” he said.",
     [("Our plan is to arraign him today,", "Benjamin Adeyemi")]),
    ("party-in-the-title-must-match", "2019-12-02",  # India
     "Congress leader Adhir Sen called Prime Minister Narendra Rao and veteran BJP leader Lal Advani "
     "\"infiltrators\" on Sunday.\n\n"
     "The Congress leader reiterated his remarks in the Lok Sabha on Monday.\n\n"
     "\"They are infiltrators,\" the Congress leader said.",
     [("They are infiltrators,", "Adhir Sen")]),
    ("acronym-before-an-organisation-stays-in-its-name", "2021-08-25",  # South Africa
     "The SA Electoral Commission (IEC) says it will be “technically in a position” to hold the polls.",
     [("technically in a position", "SA Electoral Commission")]),
    ("unnamed-relative-in-view-is-unknown", "2020-01-10",  # Vietnam
     "The court sentenced Ms Tran Lan to six years. Her mother wept in the gallery.\n\n"
     "“My daughter did nothing wrong,” she said.",
     [("My daughter did nothing wrong,", None)]),
    ("title-then-name-between-commas-after-the-quote", "2020-01-10",  # Philippines
     "“The party is united,” the spokeswoman, Maria Santos, said.",
     [("The party is united,", "Maria Santos")]),
    ("initials-inside-a-name", "2025-06-11",  # Philippines
     "Senate President Francis G. Reyes said the trial would wait.\n\n"
     "“No number of signatures will amend the law,” Reyes said.",
     [("No number of signatures will amend the law,", "Francis G. Reyes")]),
    ("according-to-opening-a-sentence-with-a-partial-quote", "2022-03-26",  # Ukraine
     "According to Anton Kuznets, an adviser to the minister, the general fell ill \"after a tough accusation\".",
     [("after a tough accusation", "Anton Kuznets")]),
    ("non-speech-verb-framing-a-quote", "2022-03-26",  # Ukraine
     "In his video message, President Oleh Petrenko thanked \"our defenders who showed the occupiers the sea\".",
     [("our defenders who showed the occupiers the sea", "Oleh Petrenko")]),
    ("several-appositives-between-subject-and-cue", "2015-07-09",  # Lebanon
     "Nawwal Haddad, 52, from Akkar, said, “We stand with the general.”",
     [("We stand with the general.", "Nawwal Haddad")]),
    ("cue-and-colon-ending-the-paragraph-before", "2021-08-01",  # Ethiopia
     "On July 29, US State Department spokesperson, Ned Carter, tweeted :\n\n"
     "“The parties should negotiate a ceasefire.”",
     [("The parties should negotiate a ceasefire.", "Ned Carter")]),
    ("two-letters-swapped-in-a-name", "2022-03-26",  # Ukraine
     "President Volodymyr Kovalneko spoke on Friday.\n\n“We will not give up,” Kovalenko said.",
     [("We will not give up,", "Volodymyr Kovalneko")]),
    ("capitalised-lede-title", "2025-06-11",  # Philippines
     "SENATE PRESIDENT Francis G. Reyes on Wednesday said the trial would wait.\n\n"
     "“The law is not bendable,” Reyes said.",
     [("The law is not bendable,", "Francis G. Reyes")]),
    ("organisation-named-in-full-earlier-with-an-adjective", "2015-07-09",  # Lebanon
     "The Lebanese army said in a statement it would not be drawn in.\n\n"
     "“Our goal is to protect the institutions,” the army said.",
     [("Our goal is to protect the institutions,", "Lebanese army")]),
    ("reported-clause-before-an-inverted-cue", "2020-01-25",  # Bangladesh
     "Returning officer Abdul Karim said, \"A meeting will be held.\"\n\n"
     "EC officials will decide whether to defer the voting day, said Election Commissioner Rafiqul Hasan.\n\n"
     "Asked about a change of date, he said, \"Students have launched a movement.\"",
     [("Students have launched a movement.", "Rafiqul Hasan")]),
    ("another-speaker-between-two-quotations", "2019-07-21",  # Nepal
     "“The government must meet the demands,” Sushila Rana said.\n\n"
     "Meanwhile, writer Khagendra Thapa said that the mafia rule must end. “This is not the way!”",
     [("This is not the way!", "Khagendra Thapa")]),
    ("advocate-is-a-title", "2023-07-15",  # Pakistan
     "The counsel, Barrister Gohar Ali Shah, asked for time.\n\n"
     "Advocate Gohar replied, “Good to see you in a new court,” and sat down.",
     [("Good to see you in a new court,", "Gohar Ali Shah")]),
    ("officer-named-after-the-organisation", "2009-12-20",  # Tajikistan
     "The commission met the head of the mission, first deputy chairman of the CIS Executive Committee "
     "Vladimir Orlov.\n\n“The mission includes 84 observers,” Orlov said.",
     [("The mission includes 84 observers,", "Vladimir Orlov")]),
    ("and-between-capitalised-words-joins-a-title", "2022-06-10",  # Malaysia
     "PAS deputy president Tuan Ibrahim Hassan has confirmed that the ministers sent a letter.\n\n"
     "The Environment and Water Minister said the king had received it.\n\n"
     "“We sent the letter yesterday,” he told reporters.",
     [("We sent the letter yesterday,", "Tuan Ibrahim Hassan")]),
    ("speaker-label-and-colon", "2021-08-10",  # India
     "CJI Ramana fixed the hearing for Monday.\n\nThe CJI: “Have some respect for the system.”\n\n"
     "Justice Surya Kant: “Answer the questions here.”",
     [("Have some respect for the system.", "Ramana"), ("Answer the questions here.", "Surya Kant")]),
    ("gloss-between-quote-and-cue", "2014-04-01",  # Indonesia
     "Ferry Kurnia, a member of the General Elections Commission, or KPU, said registration would open.\n\n"
     "“We will work with the Indonesian Doctors Association,” or IDI, he said.",
     [("We will work with the Indonesian Doctors Association,", "Ferry Kurnia")]),
    ("capitalised-article-opening-the-story", "2021-05-04",  # Trinidad and Tobago
     "THE United National Congress (UNC) has accused the prime minister of bullying.\n\n"
     "The party said he is “willing to attack citizens who speak out.”",
     [("willing to attack citizens who speak out.", "United National Congress")]),
    ("department-words-in-a-title", "2019-09-12",  # Malawi
     "Minister of Homeland Security Nicholas Banda has told the media that thugs were recruited.\n\n"
     "“This plan was approved on Tuesday,” said Banda.",
     [("This plan was approved on Tuesday,", "Nicholas Banda")]),
    ("party-and-title-without-a-name-is-unknown", "2019-09-12",  # Malawi
     "Leader of opposition Lazarus Phiri spoke in Lilongwe.\n\n"
     "“Our institutions have been put into question,” said the Malawi Congress Party (MCP) president.",
     [("Our institutions have been put into question,", None)]),
    ("name-ending-a-list-after-a-preposition-is-no-subject", "2019-03-02",  # Malta
     "Magistrate Antonio Borg spoke about the media.\n\n"
     "Looking at reporters from Times of Malta, Maltatoday and In-Nazzjon he said: “You know what I mean.”",
     [("You know what I mean.", "Antonio Borg")]),
    ("role-noun-before-a-name-after-the-quote", "2020-06-30",  # Kenya
     "“We are not armed,” protester David Otieno said.",
     [("We are not armed,", "David Otieno")]),
    ("relative-who-after-the-speaker", "2022-05-23",  # Colombia
     "“We are in the democratic city,” said Gustavo Rivas, who said that “it is in love and not in hate”.",
     [("it is in love and not in hate", "Gustavo Rivas")]),
    ("statement-announced-with-a-colon-and-no-cue", "2021-03-02",  # Egypt
     "Sameh Fawzi, Egypt's Foreign Minister, issued the following statement:\n\n"
     "“There can be no endless negotiations.”",
     [("There can be no endless negotiations.", "Sameh Fawzi")]),
    ("surname-of-two-words", "2007-09-04",  # Jamaica
     "The result would end the tenure of Portia Simpson Jones, the prime minister.\n\n"
     "“The election is too close to call,” said Simpson Jones.",
     [("The election is too close to call,", "Portia Simpson Jones")]),
    ("dismissed-as-frames-a-partial-quote", "2016-03-10",  # Poland
     "Party leader Jarosław Nowak has dismissed the ruling as the “private” opinion of judges.",
     [("private", "Jarosław Nowak")]),
    ("age-before-a-name-after-the-cue", "2020-10-18",  # Thailand
     "“I cannot let the students fight alone,” said 24-year-old Phat, a student.",
     [("I cannot let the students fight alone,", "Phat")]),
    ("organisation-its-own-statement-names-first", "2020-03-07",  # Guyana
     "“The Guyana Police Force (GPF) notes with concern events in a number of Regional Police Divisions.\n\n"
     "“Ranks of the GPF maintained their posture of restraint,” the police said in a statement.",
     [("Ranks of the GPF maintained their posture of restraint,", "Guyana Police Force")]),
    ("possessive-owner-and-lower-case-organisation", "2020-09-10",  # Canada
     "Russia’s foreign ministry summoned the ambassador on Thursday.\n\n"
     "The ministry said it would respond to “hostile actions”.",
     [("hostile actions", "Russia’s foreign ministry")]),
    ("contracted-has-before-the-cue", "2025-06-01",  # Trinidad and Tobago
     "Prime Minister Kamla Ramdial backed the United States as “the leader of the free world,” and she’s said "
     "the president has done nothing to the country.",
     [("the leader of the free world,", "Kamla Ramdial")]),
    ("name-cue-and-comma-opening-the-next-sentence", "2025-06-01",  # Trinidad and Tobago
     "Prime Minister Kamla Ramdial spoke on Monday.\n\n"
     "“The murder rate was brought down by 42 per cent ...” Ramdial added, lauding the police.",
     [("The murder rate was brought down by 42 per cent ...", "Kamla Ramdial")]),
    ("acronym-title-before-a-name", "2008-03-04",  # Armenia
     "“The ministry will comment often,” RA FM Vartan Grigoryan said.",
     [("The ministry will comment often,", "Vartan Grigoryan")]),
    ("place-between-of-and-a-name", "2019-06-22",  # Armenia
     "“Our counterpart informed us of no victims,” said the Human Rights Defender of Armenia Arman Petrosyan.",
     [("Our counterpart informed us of no victims,", "Arman Petrosyan")]),
    ("department-then-a-three-word-name", "2015-05-10",  # Egypt
     "Minister of Social Solidarity Gouda Abdel Aziz spoke in Cairo.\n\n"
     "“You are accusing the government,” Abdel Aziz said.",
     [("You are accusing the government,", "Gouda Abdel Aziz")]),
    ("particle-al-inside-a-name", "2011-08-05",  # Morocco
     "Prime Minister Abbas al Fassi met the parties.\n\n“The election will be held in November,” al Fassi said.",
     [("The election will be held in November,", "Abbas al Fassi")]),
    ("statement-opening-its-sentence-names-its-issuer", "2020-03-16",  # Kenya
     "In a statement to newsrooms, Wafula Kamau cited the Public Order Act.\n\n"
     "\"The by-elections will be adversely affected,\" the statement read in part.",
     [("The by-elections will be adversely affected,", "Wafula Kamau")]),
    ("quoted-by-the-newspaper-as-saying", "2018-10-05",  # Jordan
     "“Threats against the press are condemned,” association president Tareq Haddad was quoted by the newspaper as saying.",
     [("Threats against the press are condemned,", "Tareq Haddad")]),
    ("title-holder-never-inside-a-quotation", "2008-03-04",  # Armenia
     "“We will comment often,” FM Vartan Grigoryan said.\n\n"
     "“The cardinal will meet Prime Minister Serzh Avetisyan,” the minister said.",
     [("The cardinal will meet Prime Minister Serzh Avetisyan,", "Vartan Grigoryan")]),
    ("plural-noun-is-no-cue", "2021-12-10",  # India
     "Commissioner Sushil Rao asked the officers of all states to ensure “purity” of the rolls.",
     [("purity", "Sushil Rao")]),
    ("honorific-inside-a-name-after-a-title", "2008-02-13",  # Malaysia
     "“The list is fixed,” said Deputy Prime Minister Rahim Tun Abdul Aziz.",
     [("The list is fixed,", "Rahim Tun Abdul Aziz")]),
    ("police-force-is-an-organisation-for-it", "2024-05-14",  # Barbados
     "The Royal Barbados Police Force says officers will patrol the march at Heroes Square on Saturday.\n\n"
     "“Our officers will be visible and courteous,” it said in a release.",
     [("Our officers will be visible and courteous,", "Royal Barbados Police Force")]),
    ("acronym-of-the-title-before-the-name", "2023-11-20",  # Bangladesh
     "Chief Election Commissioner Kazi Rahman met party leaders on Sunday.\n\n"
     "The CEC said that “the polls will be free and fair for everyone”.",
     [("the polls will be free and fair for everyone", "Kazi Rahman")]),
    ("the-party-is-the-organisation-that-spoke", "2021-08-16",  # Zambia
     "The United Party for National Development (UPND) said on Monday that the Electoral Commission had erred.\n\n"
     "“We will go to court over the results,” the party said.",
     [("We will go to court over the results,", "United Party for National Development")]),
    ("the-party-when-none-is-named-is-unknown", "2023-08-01",  # Senegal
     "The interior ministry banned TAKAF on Friday.\n\n"
     "The party rejected the ban, saying it was “an abuse of power by the state”.",
     [("an abuse of power by the state", None)]),
    ("qualifier-before-a-role-and-a-name", "2013-05-15",  # United Kingdom
     "Most MPs backed the bill.\n\nProminent Green campaigner Ana Lopes vowed to fight on.\n\n"
     "“We will not give up on this,” she said.",
     [("We will not give up on this,", "Ana Lopes")]),
    ("a-ruling-names-no-speaker-of-its-own", "2017-01-24",  # United Kingdom
     "The judges ruled eight to three against the government.\n\n"
     "The ruling said: “The argument put forward by the government is not accepted.”",
     [("The argument put forward by the government is not accepted.", None)]),
    ("a-bare-plural-noun-is-unknown", "2020-10-15",  # Thailand
     "Crowds gathered outside the court on Thursday.\n\n“Release our friends now,” protesters chanted.",
     [("Release our friends now,", None)]),
    ("title-of-a-country-then-the-name-in-commas", "2022-11-20",  # Kazakhstan
     "The head of state arrived at the polling station in the morning.\n\n"
     "After casting her ballot, the President of Estonia, Kersti Lang, spoke with voters. "
     "She thanked them. “Every vote shapes our future,” she said.",
     [("Every vote shapes our future,", "Kersti Lang")]),
    ("subordinate-clause-with-two-commas-before-the-subject", "2021-06-03",  # Serbia
     "After visiting Skopje, and on the eve of his trip to Tirana, envoy Marek Novak said that the plan "
     "was “the only way forward for the region”.",
     [("the only way forward for the region", "Marek Novak")]),
    ("given-name-alone-after-the-full-name-opened-a-sentence", "2021-01-12",  # Malaysia
     "Ismail Rahman said the vote would wait.\n\nIsmail said he would act when it was safe. "
     "“We will not gamble with lives,” he added.",
     [("We will not gamble with lives,", "Ismail Rahman")]),
    ("surname-without-its-al-particle", "2018-10-17",  # Kuwait
     "Speaker Fahad Al-Sabti said the session would open soon.\n\n"
     "Sabti said he was “hopeful about the new term”.",
     [("hopeful about the new term", "Fahad Al-Sabti")]),
    ("leader-of-the-opposition-then-the-name", "2024-08-20",  # Fiji
     "Leader of the Opposition Jone Vaka says the meeting came late.\n\n"
     "“The delay has cost the commission dearly,” Vaka said.",
     [("The delay has cost the commission dearly,", "Jone Vaka")]),
    ("first-minister-is-not-the-prime-minister", "2022-06-28",  # United Kingdom
     "Wales' First Minister Mari Evans said she would write to Prime Minister Tom Hale.\n\n"
     "The first minister stated: “We will hold the vote lawfully.”",
     [("We will hold the vote lawfully.", "Mari Evans")]),
    ("title-in-parliament-then-the-name", "2023-01-10",  # Malawi
     "The party has moved to lift the order, Chief Whip in Parliament Grace Chisale Banda has confirmed.\n\n"
     "“Our lawyers are working on it,” said Banda.",
     [("Our lawyers are working on it,", "Grace Chisale Banda")]),
    ("highlighted-that-then-a-quote-paragraph", "2023-06-20",  # Fiji
     "Opposition MP Ratu Semi Koroi highlighted that the posts had been vacant for months.\n\n"
     "“The vacancies have existed since March, and it is now June.”",
     [("The vacancies have existed since March, and it is now June.", "Ratu Semi Koroi")]),
    ("bare-acronym-title-after-the-quote", "2013-07-01",  # Cambodia
     "PM Chea Sokha said the reforms had been his idea.\n\n"
     "“The opposition plan has failed, so they think it is not fair”, PM added.",
     [("The opposition plan has failed, so they think it is not fair", "Chea Sokha")]),
    ("malay-state-title-is-the-one-who-spoke", "2018-04-11",  # Malaysia
     "The choice of a weekday shows bias, according to Datuk Seri Hamid Osman.\n\n"
     "The Penang Menteri Besar said he regretted the decision.\n\n"
     "“Why was this date picked?” he asked.",
     [("Why was this date picked?", "Hamid Osman")]),
    ("owner-and-party-name-before-the-head-noun", "2019-06-04",  # Israel
     "In a statement, Levi’s Kadima party said the change “saves money for the state”.",
     [("saves money for the state", "Kadima")]),
    ("statement-issued-by-a-ranked-officer", "2020-11-10",  # Uganda
     "A statement issued by Maj. Gen. Sarah Nakato, the deputy police chief, indicated that rallies broke the rules.\n\n"
     "“We support the right of citizens to assemble peacefully,” the statement read.",
     [("We support the right of citizens to assemble peacefully,", "Sarah Nakato")]),
    ("participle-after-an-inverted-cue", "2022-05-27",  # Colombia
     "Federico Arango closed his campaign in Cali.\n\n"
     "“We are going to win to unite”, promised Arango, warning that “the important thing is to stop hate speech.”",
     [("the important thing is to stop hate speech.", "Federico Arango")]),
    ("dateline-then-an-unnamed-group", "2025-07-17",  # Taiwan
     "Tainan, July 17 (CNA) Members of civic groups on Thursday urged voters to turn out, saying the vote "
     "was needed to \"restore normal order.\"",
     [("restore normal order.", None)]),
    ("party-office-and-honorific-pair-before-the-name", "2022-08-18",  # Malaysia
     "KUALA LUMPUR, August 18 — Umno information chief Datuk Seri Hamzah Omar has dismissed the claims.\n\n"
     "\"This is a prolonged speculation,\" he was quoted as saying.",
     [("This is a prolonged speculation,", "Hamzah Omar")]),
    ("and-inside-an-organisation-name-and-an-ap-weekday", "2020-06-30",  # Caribbean wire
     "The Antigua and Barbuda Police Force (ABPF) Tuesday said it had foiled “a plan to destabilize the country”.",
     [("a plan to destabilize the country", "Antigua and Barbuda Police Force")]),
    ("of-two-title-holders-the-one-who-spoke", "2023-01-25",  # Brazil
     "President Ana Ribeiro met Paraguayan President Carlos Duarte in Asunción. Ms. Ribeiro said trade came first.\n\n"
     "The president then argued for a joint deal. “We will sign with Europe first,” she said.",
     [("We will sign with Europe first,", "Ana Ribeiro")]),
    ("inverted-cue-title-of-organisation-then-the-name", "2020-11-18",  # Uganda
     "It was “total chaos” in the city, said the chairman of the Jinja Market Vendors Association, Peter Okot.",
     [("total chaos", "Peter Okot")]),
    ("head-of-state-is-the-president", "2024-06-27",  # Bolivia
     "President Marta Quispe called on citizens to defend democracy.\n\n"
     "The Bolivian head of state said the country was \"facing an attempted coup\" led by a general.",
     [("facing an attempted coup", "Marta Quispe")]),
    ("the-chamber-is-the-chamber-of-x", "2023-07-20",  # Malta
     "The Chamber of Advocates said the inquiry had followed the rules.\n\n"
     "The Chamber said it was “concerned about the attack on the judiciary”.",
     [("concerned about the attack on the judiciary", "Chamber of Advocates")]),
    ("lower-case-head-names-the-organisation-it-ends", "2022-01-09",  # Iraq
     "The Unity Framework condemned the session.\n\n"
     "“We will not recognise the outcome,” the framework said in a statement.",
     [("We will not recognise the outcome,", "Unity Framework")]),
    ("title-of-the-body-comma-name-then-the-title-alone", "2020-06-08",  # Sri Lanka
     "Chairman of the Commission, Nimal Perera told media the date would come soon.\n\n"
     "The Chairman revealed that the Commission had met health experts. “They advised caution,” he said.",
     [("They advised caution,", "Nimal Perera")]),
    ("called-on-someone-to-a-partial-quote", "2024-12-11",  # Lebanon
     "Speaker Nabil Haddad received the envoys on Wednesday.\n\n"
     "The Speaker called on the blocs to \"take responsibility and elect a president.\"",
     [("take responsibility and elect a president.", "Nabil Haddad")]),
    ("considered-that-a-partial-quote", "2014-05-15",  # Lebanon
     "Asked about the talks in Paris, Haddad considered that “they are not enough to reach consensus.”",
     [("they are not enough to reach consensus.", "Haddad")]),
    ("two-right-single-marks-close-a-double-one", "2020-11-10",  # Peru
     "President Mario Quispe spoke on television.\n\n“I am not going to resign’’, Quispe said in the address.",
     [("I am not going to resign", "Mario Quispe")]),
    ("name-with-a-two-clause-appositive-then-the-cue", "2019-05-04",  # Papua New Guinea
     "“We are showing our numbers,” Peter Kora, an MP who became a kingmaker on Friday, when he led his party "
     "out of the coalition, told reporters in Port Moresby.",
     [("We are showing our numbers,", "Peter Kora")]),
    ("participle-in-the-clause-after-but", "2021-08-10",  # India
     "CJI Ravi Menon heard the petitions. The SG had sought a later date, but the CJI fixed it for Monday, "
     "stating, “on Friday, I have a personal inconvenience.”",
     [("on Friday, I have a personal inconvenience.", "Ravi Menon")]),
    ("acronym-title-with-no-holder-is-unknown", "2021-08-10",  # India
     "The SG had sought a later date, but the CJI fixed it for Monday, stating, “I am not free on Friday.”",
     [("I am not free on Friday.", None)]),
    ("informed-that-a-quote", "2019-09-20",  # Guyana
     "In a letter to the President, commission chair Clara Singh informed that “the commission will be ready by February.”",
     [("the commission will be ready by February.", "Clara Singh")]),
    ("korean-surname-that-is-a-month-abbreviation", "2019-07-25",  # South Korea
     "“It is an abominable report,” party spokesperson Jun Min-seo said in a commentary.",
     [("It is an abominable report,", "Jun Min-seo")]),
    ("shared-surname-is-the-person-named-last", "2025-04-19",  # Tunisia
     "The defendants include Karim Mansour and others.\n\n"
     "Leaders such as Sami Mansour, head of the coalition, are among them.\n\n"
     "“The authorities want to silence the opposition,” Mansour said on Friday.",
     [("The authorities want to silence the opposition,", "Sami Mansour")]),
    ("news-agency-before-a-name-after-told", "2013-01-26",  # Uganda
     "Party secretary general Alice Akello told Reuters Okello had been arrested at his home.\n\n"
     "“They want to silence him,” Akello said.",
     [("They want to silence him,", "Alice Akello")]),
    ("spokesperson-for-someone-is-not-that-someone", "2017-04-18",  # European Union
     "Council President Jan Novak said the plans stood.\n\n"
     "\"The elections do not change our plans,\" said a spokesperson for Novak.\n\n"
     "\"This will allow talks to start,\" he added.",
     [("The elections do not change our plans,", None), ("This will allow talks to start,", None)]),
    ("party-politician-epithet-unnamed-is-unknown", "2024-11-08",  # Germany
     "The opposition rejects the plan. \"He cannot push this away,\" the CDU politician told a newspaper.",
     [("He cannot push this away,", None)]),
    ("organisation-with-an-acronym-from-another-language", "2023-05-24",  # Colombia
     "The government and the National Liberation Army (ELN) resumed talks on Wednesday.\n\n"
     "The ELN said the talks were \"once again in crisis\".",
     [("once again in crisis", "National Liberation Army")]),
    ("someones-party-is-the-party-they-lead", "2018-10-05",  # Cameroon
     "Supporters backed Paul Ndam, leader of the Movement for National Renewal (MNR), on Thursday.\n\n"
     "Ndam's party alleged on Friday that a \"massive fraud\" was under way.",
     [("massive fraud", "Movement for National Renewal")]),
    ("a-newspaper-quoted-the-speaker-as-saying", "2019-08-27",  # Poland
     "\"I see no need for such a limit,\" the daily Rzeczpospolita quoted Jan Kowalczyk as saying in an interview.",
     [("I see no need for such a limit,", "Jan Kowalczyk")]),
    ("quote-paragraph-then-this-statement-was-made-by", "2019-06-21",  # Guyana
     "“They can delay the appointment as an excuse to delay the elections.”\n\n"
     "This statement was made by Opposition Leader, Ravi Persaud, during a press conference yesterday.",
     [("They can delay the appointment as an excuse to delay the elections.", "Ravi Persaud")]),
    ("apologised-over-a-partial-quote", "2019-07-16",  # Nigeria
     "Counsel Musa Bello told the tribunal the witnesses were listed. But he apologised over their absence "
     "“due to circumstances beyond our control”.",
     [("due to circumstances beyond our control", "Musa Bello")]),
    ("commending-x-as-a-partial-quote", "2022-06-26",  # Israel
     "Prime Minister Avi Cohen hosted his last cabinet meeting, commending his government as \"short-lived with great achievements\".",
     [("short-lived with great achievements", "Avi Cohen")]),
    ("adverb-between-pronoun-and-cue", "2019-09-20",  # Guyana
     "Commission chair Clara Singh wrote to the President.\n\n"
     "Deciding to forego specifics she therefore informed that “the commission will be ready by February.”",
     [("the commission will be ready by February.", "Clara Singh")]),
    ("minority-whip-title-then-a-constituency-epithet", "2017-07-07",  # Ghana
     "Speaking to reporters, the First Deputy Minority Whip, Kofi Mensah said the bills were late.\n\n"
     "The Tamale MP added that delays breed corruption.\n\n"
     "“We are in the sixth month and nothing has come,” he stated.",
     [("We are in the sixth month and nothing has come,", "Kofi Mensah")]),
    ("participle-adjective-after-a-preposition-is-no-cue", "2021-06-03",  # Serbia
     "Envoy Marek Novak met both leaders.\n\n"
     "He did not comment on the lawsuit for alleged genocide, and said there were many statements, but that "
     "\"the official position in the dialogue\" is what matters.",
     [("the official position in the dialogue", "Marek Novak")]),
    ("quotation-inside-a-clause-according-to-an-organisation", "2018-05-06",  # Russia
     "Some 3,500 people joined rallies with the aim to \"draw attention to the rights of citizens\", "
     "according to the Interior Ministry.",
     [("draw attention to the rights of citizens", "Interior Ministry")]),
    ("title-elect-before-a-name", "2024-01-10",  # Guatemala
     "President-elect Ana Morales denounced the raids. “We will not tolerate this persecution,” Morales said.",
     [("We will not tolerate this persecution,", "Ana Morales")]),
    ("minister-for-a-department-then-the-name", "2023-10-20",  # Jordan
     "State Minister for Media Affairs Omar Haddad said that “the law will be applied to everyone”.",
     [("the law will be applied to everyone", "Omar Haddad")]),
    ("presidential-hopeful-appositive-then-the-role", "2020-03-10",  # Guyana
     "He asked that questions go to the opposition’s Presidential hopeful, Ravi Persaud.\n\n"
     "The Presidential hopeful said that the country was in a “full-blown crisis”.",
     [("full-blown crisis", "Ravi Persaud")]),
    ("plural-role-opening-a-sentence-is-unknown", "2022-05-22",  # Sudan
     "Police fired tear gas on Sunday. Protesters chanted “Freedom is the people’s choice”.",
     [("Freedom is the people’s choice", None)]),
    ("a-possessive-before-a-cue-word-makes-it-a-noun", "2023-12-15",  # South Africa
     "However, Judge Lindiwe Mokoena explained that the party’s claim that the filing was late “holds no water”.",
     [("holds no water", "Lindiwe Mokoena")]),
    ("organisation-phrase-is-an-antecedent-for-it", "2024-01-02",  # Somalia
     "The government appealed to the African Union for support.\n\n"
     "\"This step violates our sovereignty,\" the Somali cabinet said in a statement.\n\n"
     "It said the deal was \"null and void\".",
     [("null and void", "Somali cabinet")]),
    ("press-service-of-the-police-and-then-it", "2018-05-06",  # Russia
     "Around 300 people were detained, Moscow City Police said Saturday.\n\n"
     "\"About 300 people were detained,\" the police's press service said in a statement.\n\n"
     "\"Each case will be reviewed,\" it said.",
     [("About 300 people were detained,", "Moscow City Police"), ("Each case will be reviewed,", "Moscow City Police")]),
    ("denounced-the-statement-in-the-clause-after-but", "2022-06-26",  # Israel
     "Media reported that lawmaker Avi Levi welcomed the party as long as it would not act as 'king-maker,' "
     "but party leader Dan Mizrahi later denounced the statement saying no “extremists” will take part.",
     [("extremists", "Dan Mizrahi")]),
    ("short-quotation-inside-reported-speech", "2022-08-16",  # Haiti
     "Prime Minister Marc Joseph said that insecurity in the capital had become “chronic” over the summer.",
     [("chronic", "Marc Joseph")]),
    ("issued-a-statement-participle", "2019-05-03",  # Peru
     "Late on Thursday, Peru’s justice ministry issued a statement accusing the court of “a grave breach of due process.”",
     [("a grave breach of due process.", "Peru’s justice ministry")]),
    ("posted-a-message-participle-named", "2021-02-11",  # Ghana
     "Kwame Mensah released a statement calling the ruling “a dark day for our democracy.”",
     [("a dark day for our democracy.", "Kwame Mensah")]),
    ("the-statement-after-a-described-issuer", "2016-09-30",  # Argentina
     "Judge Ruth Kaplan said the false statements had to stop. Hours later the finance ministry issued a statement."
     "\n\n“The judge keeps contradicting herself,” the statement said.",
     [("The judge keeps contradicting herself,", "the finance ministry")]),
    ("apposed-acronym-after-of-is-no-speaker", "2022-01-25",  # Spain
     "In Sevilla, the leader of the People's Party of Andalusia, PPA, said that “a clear victory is coming”.",
     [("a clear victory is coming", None)]),
    ("place-after-in-opening-is-no-speaker", "2019-10-02",  # Portugal
     "In Braga, the candidate of the Liberal Initiative, IL, said that “nobody will stop reform”.",
     [("nobody will stop reform", None)]),
    ("hyphenated-modifier-keeps-its-preposition", "2024-03-05",  # Portugal
     "Suspicions raised by the leader of right-wing Vox marked the week.\n\n"
     "In Porto, the leader of the Socialist Party, PS, said that “victory is near”, but when asked about a "
     "majority, he replied that he “will not ask for one”.",
     [("victory is near", None), ("will not ask for one", None)]),
    ("surname-with-a-demonym-ending-after-an-untyped-name", "2024-06-29",  # Iran
     "The sole reformist in the race, Masoud Pezeshkian, will face a runoff.\n\n"
     "Pezeshkian secured 42 percent of the vote.\n\n"
     "Pezeshkian urged voters to return \"to save the country from poverty.\"",
     [("to save the country from poverty.", "Masoud Pezeshkian")]),
    ("peoples-party-is-one-name", "2023-02-27",  # Nigeria
     "Ayo Bello, the chairman of the People’s Democratic Party (PDP), said the count was late. "
     "The PDP said the result was “a sham”.",
     [("a sham", "People’s Democratic Party")]),
    ("street-name-first-is-a-place", "2012-02-17",  # Senegal
     "On Avenue Léopold Senghor, police fired tear gas at the crowd.\n\n"
     "The minister issued a statement this week. He described the marches as \"a crime spree by vagabonds.\"",
     [("a crime spree by vagabonds.", None)]),
    ("title-opening-a-joined-clause-is-the-one-in-view", "2019-02-15",  # Senegal
     "Opposition leader Abdou Ndiaye called for marches. Rallies are allowed, but the interior minister issued a "
     "statement on Monday. He described the marches as \"a threat to public order.\"",
     [("a threat to public order.", None)]),
    ("pronoun-inside-reported-speech-stays-in-the-background", "2022-05-29",  # Egypt
     "Ambassador Karim Fathy, spokesman for the ministry, said that Nabil Samir, during a call he received from "
     "the envoy, urged closer ties.\n\n"
     "In a statement, he added that the two sides discussed “the regional crises.”",
     [("the regional crises.", "Karim Fathy")]),
    ("one-of-several-is-no-one-named", "2019-09-27",  # Haiti
     "Several protesters held up signs. \"Give Haiti one chance\" read one, while another quoted a tweet.",
     [("Give Haiti one chance", None)]),
    ("ministry-of-justice-is-one-name", "2020-12-02",  # Hong Kong
     "Macau’s Department of Justice on Wednesday defended the sentences, saying that the court had "
     "“administered justice in accordance with the law.”",
     [("administered justice in accordance with the law.", "Macau’s Department of Justice")]),
    ("quote-then-place-phrase-then-pronoun-cue", "2021-12-06",  # Myanmar
     "Aye Ko \"was sentenced to two years\", junta spokesman Thet Naing said.\n\n"
     "Former minister Kyaw Win was also sentenced to four years, he said, adding that they would not yet go to prison.\n\n"
     "\"They will face other charges where they are staying now\" in the capital Naypyidaw, he added.",
     [("They will face other charges where they are staying now", "Thet Naing")]),
    ("statement-released-by-the-army", "2019-12-22",  # Lebanon
     "BEIRUT: The Lebanese Army Sunday night denied stopping the buses.\n\n"
     "“It was just a tight inspection,” a statement released by the Army said.\n\n"
     "“Some people refused to follow orders,” the statement said.",
     [("It was just a tight inspection,", "Lebanese Army"), ("Some people refused to follow orders,", "Lebanese Army")]),
    ("weekday-night-after-a-name-is-no-part-of-it", "2021-03-08",  # Iraq
     "The Iraqi Army Monday night denied firing on the march, saying it had “acted within the law.”",
     [("acted within the law.", "Iraqi Army")]),
    ("said-name-then-weekday-inverted-reported", "2011-01-25",  # Dominican Republic
     "La Vega.- Around 9,000 agents will be assigned to keep order in the streets, said Police chief Ramon Peralta Tuesday.\n\n"
     "He warned that all agents would be deployed. “All men must be in the streets tomorrow.”",
     [("All men must be in the streets tomorrow.", "Ramon Peralta")]),
    ("inverted-title-then-participle-quote", "2017-09-20",  # Lithuania
     "Foreign Minister Linas Kovas spoke to reporters.\n\n"
     "\"As far as I know, the president stated her view on the exercise,\" said the minister, emphasizing "
     "Minsk's \"unwillingness to talk about\" the plant.",
     [("As far as I know, the president stated her view on the exercise,", "Linas Kovas"),
      ("unwillingness to talk about", "Linas Kovas")]),
    ("presiding-judge-is-a-title-not-a-participle", "2018-07-20",  # South Korea
     "“The use of the funds weakened the rules,” presiding judge Kim Dae-ho said as he read the verdict.",
     [("The use of the funds weakened the rules,", "Kim Dae-ho")]),
    ("characterized-as-a-cue", "2021-04-16",  # Hong Kong
     "Ruth Tam, China director of the Civic Watch group, characterized the decision as a blow to “law and a free press.”",
     [("law and a free press.", "Ruth Tam")]),
    ("epithet-title-after-inverted-speaker", "2017-02-21",  # Moldova
     "Chisinau, 21 February – The Speaker met the President today. \"Institutions must work,\" said Ion Rusu, after the meeting.\n\n"
     "\"I talked with arguments about what is best for the country,\" the Speaker of Parliament said.",
     [("I talked with arguments about what is best for the country,", "Ion Rusu")]),
    ("a-statement-from-the-police-said", "2024-02-20",  # Albania
     "\"They threw flares at officers during yesterday's protest,\" a statement from the Kosovo State Police said.",
     [("They threw flares at officers during yesterday's protest,", "Kosovo State Police")]),
    ("encouraged-as-a-cue", "2023-01-19",  # Antigua and Barbuda
     "Prime Minister Lester Hall thanked voters. Instead, he encouraged all parties to “cooperate for the good of the nation”.",
     [("cooperate for the good of the nation", "Lester Hall")]),
    ("prosecution-after-prosecutors-office", "2024-11-27",  # South Korea
     "Meanwhile, the Busan District Prosecutors' Office said it would appeal. "
     "The prosecution remarked that 'the court relied on the defendant's claims.'",
     [("the court relied on the defendant's claims.", "Busan District Prosecutors' Office")]),
    ("doubled-single-marks-and-a-surname-that-is-a-title", "2017-11-01",  # New Zealand
     "Foreign Minister Alice Bishop will visit Wellington this week.\n\n"
     "‘‘Our relationship is working effectively,’’ Bishop added.",
     [("Our relationship is working effectively,", "Alice Bishop")]),
    ("honorific-and-surname-after-a-broken-sentence", "2018-11-20",  # Maldives
     "Former president Ahmed Rasheed spoke in Colombo. Soon after the vote, Mr. Rasheed. who leads the party, "
     "vowed to return home “come what may”.",
     [("come what may", "Ahmed Rasheed")]),
    ("someones-supporters-are-no-one-named", "2017-03-10",  # Netherlands
     "Mr Jansen’s supporters spoke of “possible windfalls for the whole region”.",
     [("possible windfalls for the whole region", None)]),
    ("unclosed-quote-ending-with-its-cue", "2013-03-20",  # Nepal
     "\"We have concluded that November 19 is the best date for the vote, Chief Election Commissioner Ram Prasad Koirala said.\n\n"
     "\"Even a short delay would hurt the polls,\" he pointed out.",
     [("Even a short delay would hurt the polls,", "Ram Prasad Koirala")]),
    ("ambassador-to-a-country-then-the-name", "2023-05-13",  # Malaysia
     "“Tomorrow is a national holiday,” Thai Ambassador to Malaysia Lada Sirikul told Bernama.",
     [("Tomorrow is a national holiday,", "Lada Sirikul")]),
    ("role-nouns-before-a-name-then-told-a-news-agency", "2025-08-28",  # Indonesia
     "\"We want to talk to them directly,\" protester and university student Dewi Lestari, 20, told AFP outside the building.",
     [("We want to talk to them directly,", "Dewi Lestari")]),
    ("inverted-speaker-ends-the-reported-clause-before-it", "2024-08-26",  # Myanmar
     "The election commission met party representatives on Saturday and urged them to prepare for the polls, "
     "said Kyaw Min, vice chairman of the Union Party.\n\n"
     "“They said they are prepared,” he told reporters.",
     [("They said they are prepared,", "Kyaw Min")]),
    ("state-counsellor-is-a-title", "2024-08-26",  # Myanmar
     "The junta overthrew a government led by then State Counsellor Daw Khin Aye.\n\n"
     "\"The vote must be held,\" said Thant Zin, a party official.",
     [("The vote must be held,", "Thant Zin")]),
    ("plural-title-before-two-names-and-the-bench", "2019-03-15",  # India
     "The plea came before a bench of Justices Arun Mehta and Kavita Rao.\n\n"
     "“Do you really want to argue this case?” asked Justice Mehta.\n\n"
     "“OK, dismissed,” the bench responded.",
     [("Do you really want to argue this case?", "Arun Mehta"), ("OK, dismissed,", None)]),
    ("county-administrator-is-a-title", "2024-11-08",  # United States
     "The totals were updated, according to County Administrator Jane Rudd, who spoke to the board.\n\n"
     "“We failed in our job,” Rudd said.",
     [("We failed in our job,", "Jane Rudd")]),
    ("one-of-the-protesters-then-name-told-agency", "2023-10-07",  # Guatemala
     "“We demand their resignation,” one of the protesters, Luis Pop, a student, told EFE.",
     [("We demand their resignation,", "Luis Pop")]),
    ("the-countrys-government-is-no-one-named", "2023-05-10",  # Russia
     "On May 8, the country’s government announced the expulsion of an “undeclared intelligence officer.”",
     [("undeclared intelligence officer.", None)]),
    ("inverted-cue-name-then-quote", "2018-05-07",  # Italy
     "President Marco Ferri ruled out a technical government.\n\n"
     "Otherwise, said Ferri, “the path is that of elections.”",
     [("the path is that of elections.", "Marco Ferri")]),
    ("relative-clause-cue-before-colon-is-not-inverted", "2020-12-02",  # Hong Kong
     "The department hit back against those who criticised the sentencing: “It is irrational to make sweeping attacks.”",
     [("It is irrational to make sweeping attacks.", None)]),
    ("doubled-single-marks-run-over-paragraphs", "2017-11-01",  # New Zealand
     "Foreign Minister Alice Bishop said the relationship was the closest.\n\n"
     "‘‘It is underpinned by deep links between our peoples.\n\n"
     "‘‘Around 650,000 people live abroad,’’ Bishop added.",
     [("It is underpinned by deep links between our peoples.", "Alice Bishop")]),
    ("minister-of-public-safety-then-name", "2022-02-15",  # Canada
     "“We will respect the right to assembly,” Minister of Public Safety Marc Roy said.",
     [("We will respect the right to assembly,", "Marc Roy")]),
    ("irish-td-epithet", "2018-09-18",  # Ireland
     "Housing spokesman Dara Quinn spoke on the radio. \"I am bewildered,\" said Dara Quinn.\n\n"
     "The Dublin Fingal TD claimed: \"The deal is very clear.\"",
     [("The deal is very clear.", "Dara Quinn")]),
    ("surname-only-said", "2024-04-29",  # Japan
     "Prime Minister Kenji Sato spoke on Monday.\n\nAsked about the defeat, Sato only said, “I will make efforts.”",
     [("I will make efforts.", "Kenji Sato")]),
    ("role-noun-opening-a-name", "2019-02-14",  # Haiti
     "Demonstrator Jean-Marc Pierre said things had gotten out of control.\n\n"
     "“Families don’t know what to do,” Pierre said. The crowd around him shouted: “We are going to die!”",
     [("Families don’t know what to do,", "Jean-Marc Pierre"), ("We are going to die!", None)]),
    ("the-court-after-a-court-correspondent", "2020-10-09",  # Ghana
     "In court on Thursday, lawyers asked for an adjournment. Starr news Court Correspondent Ama Mensah reports that "
     "the court said “I’m going to give you five days.”",
     [("I’m going to give you five days.", None)]),
    ("quote-paragraph-after-a-one-sentence-paragraph", "2022-01-14",  # Bangladesh
     "Chief Election Commissioner Rafiq Huda spoke at the meeting.\n\n"
     "He also directed law enforcers to deal with any allegation during the polls.\n\n"
     "\"We won't tolerate any negligence. There won't be any concessions.\"",
     [("We won't tolerate any negligence. There won't be any concessions.", "Rafiq Huda")]),
    ("he-is-not-a-plural-acronym", "2019-04-03",  # New Zealand
     "“It was a mess,” Leader of the House Aroha Ngata told TVNZ today.\n\n"
     "Those MPs who left early learned a lesson, he said.\n\n"
     "“Nobody goes home before the last vote again.”",
     [("Nobody goes home before the last vote again.", "Aroha Ngata")]),
    ("according-to-a-place-owners-officials", "2016-07-11",  # Nepal
     "According to Pokhara’s Western Regional Hospital officials, nine marchers with “light wounds” were "
     "treated overnight.",
     [("light wounds", None)]),
    ("according-to-an-organisations-unnamed-staff", "2020-02-19",  # Peru
     "Three stations stayed shut because of “a serious fault in the signals”, according to Lima Metro "
     "Authority officials.",
     [("a serious fault in the signals", None)]),
    ("relation-noun-between-two-names", "2017-09-30",  # Austria
     "Chancellor Sebastian Kurz left the talks early. Kurz aide Elisabeth Kogler was sent to defend the new budget.\n\n"
     "\"We have kept every promise we made,\" she told broadcaster Radio Wien.",
     [("We have kept every promise we made,", "Elisabeth Kogler")]),
    ("leader-of-the-opposition-comma-name", "2019-05-14",  # Solomon Islands
     "The debate was opened by the Leader of the Opposition, Matthew Wale. He criticised the budget.\n\n"
     "“These numbers do not add up,” he said.",
     [("These numbers do not add up,", "Matthew Wale")]),
    ("wrote-the-president-of-the-republic-of-a-country-comma-name", "2021-02-08",  # Ecuador
     "“We accept the count and call for calm,” wrote the President of the Republic of Ecuador, Lenín Moreno, "
     "on Sunday.",
     [("We accept the count and call for calm,", "Lenín Moreno")]),
    ("acronym-title-spelt-with-comma-and-rank", "2022-03-07",  # Sierra Leone
     "Police Inspector General, Col. Musa Kamara on Sunday told journalists that the rally was banned.\n\n"
     "The police IG asked parents to keep children at home.\n\n"
     "\"Nobody will be allowed to march,\" he warned.",
     [("Nobody will be allowed to march,", "Musa Kamara")]),
    ("office-department-then-officers-name", "2023-10-02",  # Philippines
     "Comelec Director for Voter Registration Department Maria Santos said the drive would be extended.\n\n"
     "\"We want every young voter on the list,\" Santos said.",
     [("We want every young voter on the list,", "Maria Santos")]),
    ("the-chief-demonym-diplomat-is-the-one-who-spoke", "2019-03-02",  # Ghana
     "Foreign Minister Shirley Botchwey arrived in Abuja on Friday. Botchwey said the visit would be short.\n\n"
     "“We had very fruitful talks with our hosts,” the chief Ghanaian diplomat remarked.",
     [("We had very fruitful talks with our hosts,", "Shirley Botchwey")]),
    ("owners-top-diplomat-not-the-interviewer", "2022-06-20",  # Kenya
     "Speaking to BBC's Zeinab Badawi, Mutua said the border would stay open.\n\n"
     "Kenya's top diplomat told a local radio station that the envoy had been summoned to explain "
     "\"hostile remarks against Kenya.\"",
     [("hostile remarks against Kenya.", "Mutua")]),
    ("a-lords-one-word-name-keeps-the-title", "2015-11-19",  # United Kingdom
     "The minister for the Commonwealth, Lord Bellamy, answered questions in the chamber.\n\n"
     "“We will not be rushed into a decision,” Bellamy said.",
     [("We will not be rushed into a decision,", "Lord Bellamy")]),
    ("name-then-an-appositive-left-open-then-the-cue", "2020-12-10",  # Ghana
     "“The figures will not change overnight,” Jean Mensa, the chairperson of the Electoral Commission announced "
     "to journalists on Wednesday.",
     [("The figures will not change overnight,", "Jean Mensa")]),
    ("told-an-acronym-outlet-with-a-second-word", "2021-04-12",  # Samoa
     "Tuala Iosefo Ponifasio is in Apia for the count.\n\n"
     "Tuala, the party leader, told TVNZ Pacific, from his office in Apia, he expected a close result.\n\n"
     "“We will wait for every last vote,” he said.",
     [("We will wait for every last vote,", "Tuala Iosefo Ponifasio")]),
    ("according-to-an-owned-statement-then-the-statement", "2019-05-11",  # South Africa
     "The ruling party accepted the count, according to the ANC’s statement dated Saturday.\n\n"
     "“Millions of South Africans voted in peace and calm,” the statement stressed.",
     [("Millions of South Africans voted in peace and calm,", "ANC")]),
    ("the-head-of-state-is-the-president", "2019-09-30",  # Peru
     "Peruvian President Ana Quispe on Monday visited the flooded towns of the north.\n\n"
     "From Cusco, the Head of State announced that she would attend the session.\n\n"
     "“I have nothing to hide,” she said.",
     [("I have nothing to hide,", "Ana Quispe")]),
    ("inverted-cue-then-a-group-in-a-city", "2024-03-08",  # Argentina
     "“Bread, work and justice for all,” chanted marchers in Buenos Aires on Friday.",
     [("Bread, work and justice for all,", None)]),
    ("a-wire-relaying-a-quote-does-not-take-the-next-quote", "2012-12-17",  # Japan
     "''Although it was only a city vote, we must accept this outcome humbly,'' Chief Cabinet Secretary Ken Sato "
     "told reporters, Jiji said. \"But the outcome does not put the cabinet in question.''",
     [("But the outcome does not put the cabinet in question.", "Ken Sato")]),
    ("a-place-inside-the-appositive-is-no-subject", "2012-02-13",  # Greece
     "Nikos, a bus driver from northern Athens, who gave only his first name, said: “We cannot pay the rent.”",
     [("We cannot pay the rent.", None)]),
    ("korean-surname-an", "2023-02-17",  # South Korea
     "\"This is a political purge,\" party spokesperson An Min-seok told reporters.\n\n"
     "\"We will fight it in the courts,\" An said.",
     [("This is a political purge,", "An Min-seok"), ("We will fight it in the courts,", "An Min-seok")]),
    ("the-leader-of-a-party-is-not-the-party", "2016-02-15",  # Jamaica
     "The leader of the ruling Labour Party (LP) told supporters at a rally in Ocho Rios, \"We will win this seat.\"",
     [("We will win this seat.", None)]),
    ("replying-as-a-cue", "2018-02-08",  # Bangladesh
     "Asked whether he had attended the meeting, lawyer Abdul Karim said, replying to the judge: “I was there all day.”",
     [("I was there all day.", "Abdul Karim")]),
    ("submitted-as-a-court-cue", "2019-01-22",  # Zimbabwe
     "“Any detention beyond 48 hours without charge is unlawful,” defence lawyer Tendai Moyo submitted.",
     [("Any detention beyond 48 hours without charge is unlawful,", "Tendai Moyo")]),
    ("yelled-as-a-cue", "2017-05-09",  # Indonesia
     "“You have written your own law today,” lawyer Yosef Wenda yelled at the bench.",
     [("You have written your own law today,", "Yosef Wenda")]),
    ("particle-joined-surname-al", "2017-10-09",  # Iraq
     "Parliament Speaker Karim al-Mashhadani flew to Erbil on Sunday.\n\n"
     "\"These talks are a chance to end the crisis,\" Mashhadani said.",
     [("These talks are a chance to end the crisis,", "Karim al-Mashhadani")]),
    ("inverted-cue-owners-title-comma-name", "2020-09-12",  # Tanzania
     "“We demand that the commission reinstate our candidates,” said ACT’s presidential candidate, Bernard Membe.",
     [("We demand that the commission reinstate our candidates,", "Bernard Membe")]),
    ("with-a-name-then-its-appositive-organisation", "2017-07-21",  # Poland
     "Opposition leaders joined the march, with Anna Nowak, the leader of the main opposition party, the Civic "
     "Union, accusing the government of wanting “a return to the old days”.",
     [("a return to the old days", "Anna Nowak")]),
    ("adding-that-then-a-clause-subject", "2017-07-21",  # Poland
     "Jan Kowal, the leader of the Liberal party, said on Thursday that it was a “sad day for the courts,” adding "
     "that the ruling party wanted to “silence the judges”.",
     [("sad day for the courts,", "Jan Kowal")]),
    ("clerk-of-parliament-then-a-name", "2019-05-06",  # Papua New Guinea
     "Acting Clerk of Parliament Tau Lohia advised that no motion had been received.\n\n"
     "“A motion must first be served to the Speaker,” Lohia told reporters.",
     [("A motion must first be served to the Speaker,", "Tau Lohia")]),
    ("according-to-a-name-is-no-place", "2020-08-08",  # Bolivia
     "According to Rosa Quispe, the head of the traders' union, the blockades cost millions.\n\n"
     "“Every blockade hurts the poor first,” Quispe said on Friday.",
     [("Every blockade hurts the poor first,", "Rosa Quispe")]),
    ("it-after-an-untyped-party-statement", "2021-09-05",  # Tanzania
     "Police raided the offices of the opposition, Ukombozi said in a statement on Saturday.\n\n"
     "“We condemn this violation of the constitution,” it added.",
     [("We condemn this violation of the constitution,", "Ukombozi")]),
    ("dateline-in-capitals-is-no-speaker", "2019-04-01",  # Thailand
     "BANGKOK — The army chief on Monday defended the Election Commission and said there should be "
     "“no more disorder” after the vote.",
     [("no more disorder", None)]),
    ("dateline-with-country-is-no-speaker", "2022-03-10",  # India
     "NEW DELHI, India — The opposition leader on Thursday thanked the voters and said the result was "
     "“a warning to the government”.",
     [("a warning to the government", None)]),
    ("role-opening-then-and-said", "2020-06-12",  # Brazil
     "President Jair Bolsonaro met governors on Friday.\n\n"
     "The president on Friday praised the Supreme Federal Court and said there should be “no more delays” in the case.",
     [("no more delays", "Jair Bolsonaro")]),
    ("appositive-name-beats-the-role-before-it", "2022-08-19",  # Vanuatu
     "A church leader in Luganville, Peter Natuman urged calm and called on leaders to meet.\n\n"
     "“We are tired of these fights,” Natuman said.",
     [("We are tired of these fights,", "Peter Natuman")]),
    ("acronym-in-the-appositive-names-the-title", "2015-03-29",  # Nigeria
     "Professor Amina Bello, chairman of the Independent Electoral Board (IEB), has denied claims that rigging took "
     "place in Nigeria's Southeast or Kano State, claiming that IEB has not received any reports.\n\n"
     "The IEB chairman confirmed that an office in Kano was “torched”, mentioning that the board was investigating.",
     [("torched", "Amina Bello")]),
    ("modifier-picks-the-described-commission", "2019-02-25",  # Senegal
     "The Autonomous National Electoral Commission (CENA) issued a statement on Monday, reminding actors that "
     "results are the duty of the National Vote Counting Commission.\n\n"
     "It is necessary to “keep the calm”, according to the electoral commission.",
     [("keep the calm", "Autonomous National Electoral Commission")]),
    ("leader-of-the-party-then-the-name-saying", "2025-04-04",  # South Korea
     "The leader of the opposition Democratic Party, Lee Jae-myung, thanked the public, saying the people "
     "\"reclaimed the republic.\"",
     [("reclaimed the republic.", "Lee Jae-myung")]),
    ("head-of-the-union-then-the-name-saying", "2019-07-02",  # Zimbabwe
     "The head of the teachers' Progressive Union, Takavafira Zhou, backed the strike, saying it was "
     "\"the only language left.\"",
     [("the only language left.", "Takavafira Zhou")]),
    ("place-then-name-in-one-capitalised-run", "2021-05-10",  # Vanuatu
     "RNZ Pacific correspondent in Port Vila Hilaire Bule said one motion is to remove the speaker.\n\n"
     "\"The consultations failed,\" Bule said.",
     [("The consultations failed,", "Hilaire Bule")]),
    ("city-then-name-in-one-capitalised-run", "2020-11-03",  # Nigeria
     "Our reporter in Port Harcourt Chinedu Okafor said the curfew was holding.\n\n"
     "\"The streets are empty,\" Okafor said.",
     [("The streets are empty,", "Chinedu Okafor")]),
    ("the-cs-is-the-cabinet-secretary-with-a-department", "2023-06-20",  # Kenya
     "The government, through its Cabinet Secretary for Foreign and Diaspora Affairs, Dr Wanjiku Kamau, defended "
     "the envoy.\n\n"
     "The CS said the envoy spoke the truth, “however painful it may be”.",
     [("however painful it may be", "Wanjiku Kamau")]),
    ("names-joined-by-of-before-an-acronym-are-one-organisation", "2025-10-23",  # Ecuador
     "The Confederation of Indigenous Nationalities of Ecuador (CONAIE) announced the end of the strike.\n\n"
     "«We have made a difficult decision,» the organization stated in a communiqué.",
     [("We have made a difficult decision,", "Confederation of Indigenous Nationalities of Ecuador")]),
    ("names-joined-by-for-before-an-acronym-are-one-organisation", "2019-06-02",  # Zimbabwe
     "The Movement for Democratic Change (MDC) rejected the budget on Sunday.\n\n"
     "“This budget punishes the poor,” the party said in a statement.",
     [("This budget punishes the poor,", "Movement for Democratic Change")]),
    ("a-surname-written-without-its-hyphen", "2023-04-09",  # Yemen
     "The ceasefire expired in October, according to Mohammed Abdul-Salam, the chief negotiator of the group.\n\n"
     "\"We want an end to the siege,\" Abdulsalam said on Saturday.",
     [("We want an end to the siege,", "Mohammed Abdul-Salam")]),
    ("cue-less-quote-paragraph-keeps-the-last-voice", "2020-03-20",  # Guyana
     "This is the view of business leader Gerry Mohabir.\n\n"
     "“It really is driving a lot of fear in people,” he stressed.\n\n"
     "Since the polls, few shops have reopened, and trade is said to be slow.\n\n"
     "“For businesses to grow, we need political stability.”",
     [("For businesses to grow, we need political stability.", "Gerry Mohabir")]),
    ("cue-less-quote-paragraph-after-another-name-stays-unknown", "2020-03-20",  # Guyana
     "This is the view of business leader Gerry Mohabir.\n\n"
     "“It really is driving a lot of fear in people,” he stressed.\n\n"
     "Since the polls, few shops have reopened, a report for Finance Minister Ashni Singh found.\n\n"
     "“For businesses to grow, we need political stability.”",
     [("For businesses to grow, we need political stability.", None)]),
    ("cue-less-quote-paragraph-in-a-senate-story", "2021-04-29",  # United States
     "Senate leader Kevin Emery said the vote failed.\n\n"
     "“We had the votes on paper,” Emery said.\n\n"
     "The veto stands until next session.\n\n"
     "“They acted on it but did not have enough votes.”",
     [("They acted on it but did not have enough votes.", "Kevin Emery")]),
    ("particle-surname-capitalised-at-a-sentence-start", "2023-10-28",  # Sudan
     "Sovereign Council Chairman, Abdel Fattah al-Burhan, spoke on Saturday.\n\n"
     "Al-Burhan emphasized that the army “will keep fighting”.",
     [("will keep fighting", "Abdel Fattah al-Burhan")]),
    ("nickname-inside-an-untyped-name", "2020-10-17",  # Thailand
     "“We will not run away,” said Arnon “The Lawyer” Nampa, one of the protest leaders.",
     [("We will not run away,", "Arnon Nampa")]),
    ("movement-then-a-three-word-name-after-of", "2021-11-24",  # Venezuela
     "The director of Vente Venezuela María Corina Machado proposed a primary.\n\n"
     "Machado said it was a way out. María Corina said “nobody believes the figures”.",
     [("nobody believes the figures", "María Corina Machado")]),
    ("during-an-interview-with-an-outlet-between-subject-and-verb", "2020-10-08",  # Ghana
     "President Kofi Mensah said he believed in the commission.\n\n"
     "But the party's deputy secretary, Kwame Boateng during an interview with CitiTV described the remarks as "
     "hollow.\n\n"
     "He said the commission had lost credibility.\n\n"
     "“This commission has lost credibility.”",
     [("This commission has lost credibility.", "Kwame Boateng")]),
    ("according-to-a-title-then-the-name", "2020-06-05",  # Zimbabwe
     "According to MDC Alliance spokesperson, Fadzai Moyo, the activist was beaten and “can’t breathe.”",
     [("can’t breathe.", "Fadzai Moyo")]),
    ("a-participle-after-a-quote-is-no-inverted-cue", "2023-10-15",  # Ecuador
     "Council President Diana Rosero affirmed that the results were \"irreversible,\" declaring Daniel Noboa "
     "the winner.",
     [("irreversible,", "Diana Rosero")]),
    ("initial-dot-name-after-a-long-title", "2012-01-19",  # Mongolia
     "The Prime Minister and chairman of the Mongolian People's Party (MPP) S.Batbold expressed regret on Thursday.\n\n"
     "“There are many works to be done jointly,” the Premier said.",
     [("There are many works to be done jointly,", "S.Batbold")]),
    ("words-inside-reported-speech-belong-to-its-reporter", "2022-01-24",  # Kyrgyzstan
     "The head of the press service, Aibek Usenov, spoke on Monday.\n\n"
     "Usenov claimed on Facebook that the journalists had admitted to “taking illegal instructions”.",
     [("taking illegal instructions", "Aibek Usenov")]),
    ("said-the-statement-after-a-statement-by-an-organisation", "2020-08-13",  # Cambodia
     "According to a statement by the Laotian Ministry of Foreign Affairs, the minister will meet the premier.\n\n"
     "“The visit will further strengthen the bonds of friendship,” said the statement.",
     [("The visit will further strengthen the bonds of friendship,", "Laotian Ministry of Foreign Affairs")]),
    ("said-the-statement-after-another-organisation-spoke-stays-unknown", "2020-08-13",  # Cambodia
     "According to a statement by the Laotian Ministry of Foreign Affairs, the minister will meet the premier.\n\n"
     "The Thai Ministry of Foreign Affairs said the minister will also visit Bangkok.\n\n"
     "“The visits will cover regional issues,” said the statement.",
     [("The visits will cover regional issues,", None)]),
    ("cllr-is-a-title", "2019-05-29",  # Ireland
     "The Green Party called for an assembly. Cllr Aoife Byrne said: “Assemblies are now proven in Ireland.”",
     [("Assemblies are now proven in Ireland.", "Aoife Byrne")]),
    ("aig-is-a-title", "2023-06-22",  # Sierra Leone
     "“We will keep this security posture until after the elections,” said AIG Foday Kamara.",
     [("We will keep this security posture until after the elections,", "Foday Kamara")]),
    ("opposition-before-a-party-name-is-no-part-of-it", "2024-03-01",  # Jamaica
     "The Opposition People's Progressive Party has described the boundaries as “blatant gerrymandering”.",
     [("blatant gerrymandering", "People's Progressive Party")]),
    ("he-skips-an-untyped-name-after-the", "2009-09-15",  # India
     "The poll will be held in one phase, Chief Election Commissioner Navin Kumar told reporters on Monday.\n\n"
     "The recent elections to the Lok Sabha in Bihar were held in three phases.\n\n"
     "Asked about the gap, he said: “We want to be on the safe side.”",
     [("We want to be on the safe side.", "Navin Kumar")]),
    ("he-skips-a-thing-named-after-the", "2022-05-09",  # Philippines
     "Commissioner Jose Reyes spoke at the count on Monday.\n\n"
     "On the doubts about the Vote Counting Machines, he said: “They are working properly.”",
     [("They are working properly.", "Jose Reyes")]),
    ("office-for-a-place-then-the-holder", "2019-02-26",  # Afghanistan, Trinidad and Tobago, Kenya
     "The special envoy for Somalia Amina Odhiambo met elders on Monday.\n\n"
     "“The talks were useful,” Odhiambo said.\n\n"
     "The candidate for Chaguanas Rohan Ramdial voted early. “The lines are long,” Ramdial said.",
     [("The talks were useful,", "Amina Odhiambo"), ("The lines are long,", "Rohan Ramdial")]),
    ("last-portfolio-of-an-office-then-its-holder", "2023-03-03",  # Indonesia, Nigeria
     "Minister for Legal, Human Rights and Security Affairs Budi Santoso asked the commission to appeal. "
     "“The ruling is wrong,” Santoso said.\n\n"
     "Minister of Women and Youth Affairs Grace Adeyemi urged calm. “Stay home,” Adeyemi said.",
     [("The ruling is wrong,", "Budi Santoso"), ("Stay home,", "Grace Adeyemi")]),
    ("a-name-before-who-without-a-comma-is-the-subject", "2019-03-01",  # Afghanistan, Peru
     "Party spokesman Luis Quispe who spoke on the radio, said the talks had been “productive and frank”.",
     [("productive and frank", "Luis Quispe")]),
    ("relation-noun-between-two-names", "2017-09-30",  # Austria
     "Kurz aide Elisabeth Kogler was sent to defend the new budget.\n\n"
     "\"We have kept every promise we made,\" she told broadcaster Radio Wien.",
     [("We have kept every promise we made,", "Elisabeth Kogler")]),
    ("a-name-then-who-added-without-a-comma", "2010-03-04",  # Argentina, Ghana
     "“I am here to do my duty”, said Senator Carlos Ruiz who added, “I asked to join two committees.”\n\n"
     "“We won,” said Ama Owusu who added: “It is a good day.”",
     [("I asked to join two committees.", "Carlos Ruiz"), ("It is a good day.", "Ama Owusu")]),
    ("she-after-a-clause-then-a-named-speaker", "2019-03-09",  # Azerbaijan, Ghana
     "Ghana is committed to the deal with Togo, Foreign Ministry spokeswoman Efua Mensah said on Friday.\n\n"
     "“Togo and Ghana will sign it next week,” she said.",
     [("Togo and Ghana will sign it next week,", "Efua Mensah")]),
    ("a-newspaper-reported-after-the-quotation", "2018-05-11",  # Lebanon, Egypt
     "“The bureau will meet on Monday,” al-Akhbar newspaper reported on Friday.\n\n"
     "“The vote is set,” the Gazette reported.",
     [("The bureau will meet on Monday,", "al-Akhbar"), ("The vote is set,", "Gazette")]),
    ("an-agency-reporting-anothers-words-is-no-speaker", "2018-02-26",  # Jordan
     "Minister Omar Haddad spoke in Amman. He added that “the right to protest is guaranteed”, the Jordan News Agency, Petra, reported.",
     [("the right to protest is guaranteed", "Omar Haddad")]),
    ("shared-closes-a-quotation", "2023-02-06",  # Nepal, India
     "“I hope the impasse will end by Tuesday,” Prime Minister Ram Thapa shared.",
     [("I hope the impasse will end by Tuesday,", "Ram Thapa")]),
    ("a-describing-word-before-a-name", "2018-05-11",  # Lebanon, Kenya
     "Speaker Nabil Haddad met the bureau.\n\n“Murr will chair the session,” a smiling Haddad quipped.\n\n"
     "“We lost,” an emotional Wanjiku said.",
     [("Murr will chair the session,", "Nabil Haddad"), ("We lost,", "Wanjiku")]),
    ("a-title-and-name-then-and-an-organisation", "2023-01-31",  # Italy, Kenya
     "Talks between Kenyan President Amina Wanjiru and African Union Commission Chairman Moussa Diallo ended on Monday.\n\n"
     "“We agreed on the agenda,” Wanjiru said.",
     [("We agreed on the agenda,", "Amina Wanjiru")]),
    ("a-plural-possessive-before-a-title-and-name", "2023-10-01",  # Poland, Zambia
     "“The crowd is now 500,000 strong,” the organisers’ spokesman Piotr Nowak said.",
     [("The crowd is now 500,000 strong,", "Piotr Nowak")]),
    ("a-party-title-epithet-for-the-one-person-named-before", "2024-02-19",  # New Zealand, Fiji
     "Resources Minister Ana Tui railed against the court on Thursday.\n\n"
     "The Future Party deputy leader accused the judges of having “overreached” in the case.",
     [("overreached", "Ana Tui")]),
    ("a-quotation-reopened-without-its-mark", "2025-01-20",  # Uganda, Canada
     "He noted that the right to protest has limits. “Our disagreement is along those lines.\n\n"
     "The right to assemble does not remove our duties as police,” Inspector Paul Okello explained.",
     [("Our disagreement is along those lines.", "Paul Okello"),
      ("The right to assemble does not remove our duties as police,", "Paul Okello")]),
    ("a-quotation-reopened-without-its-mark-then-a-new-one", "2025-02-20",  # Canada, Zambia
     "Premier Dana Reid reacted, saying: “Today is a victory.\n\n"
     "We must watch the capital now.” “We must keep up the fight.\n\n"
     "I will not stop,” said the premier.",
     [("We must watch the capital now.", "Dana Reid"), ("We must keep up the fight.", "Dana Reid"),
      ("I will not stop,", "Dana Reid")]),
    ("the-cue-closing-a-run-names-its-speaker", "2024-01-18",  # Zambia, Kenya
     "Mr Banda insisted on an adjournment. “I am not adjourning this matter anymore.\n\n"
     "You will cross examine the witness,” magistrate Ruth Phiri maintained.",
     [("I am not adjourning this matter anymore.", "Ruth Phiri")]),
    ("a-title-appositive-no-comma-closes", "2021-10-22",  # Ethiopia, Ghana
     "Today at the ministry's weekly briefing, Ambassador Kofi Mensah, the spokesperson of the ministry discussed "
     "the ninth ordinary session of the executive council of the regional union and its reform programme.\n\n"
     "On the sanctions, the spokesperson said, “They are working for their own interests.”",
     [("They are working for their own interests.", "Kofi Mensah")]),
    ("a-clause-after-a-name-is-no-appositive", "2011-06-21",  # Malta
     "Lawyer Maria Vella complained about the delays.\n\n"
     "Stopping Dr Vella, the magistrate said: “Don’t look so surprised.”",
     [("Don’t look so surprised.", None)]),
    ("a-co-title-between-a-party-and-its-officer", "2024-11-14",  # New Zealand, Spain
     "Green Left co-leader Ana Ruiz spoke to the crowd, saying no government could decide alone.\n\n"
     "“The whole world is watching,” she said.",
     [("The whole world is watching,", "Ana Ruiz")]),
    ("with-a-qualified-title-and-name-then-a-participle", "2018-08-03",  # Zimbabwe, Kenya
     "Candidate Joseph Kamau rejected the results, with his party chair Mary Wambui claiming they were “fake”.",
     [("fake", "Mary Wambui")]),
    ("a-rank-without-a-stop-is-a-title", "2020-08-15",  # Thailand, Nigeria, United Kingdom
     "“No one was arrested,” Pol Col Somchai Jaidee said.\n\n"
     "“The road is open,” said Brig Gen Musa Bello.\n\n"
     "Gen Z voters were angry. “It is a scandal,” one protestor said.",
     [("No one was arrested,", "Somchai Jaidee"), ("The road is open,", "Musa Bello"),
      ("It is a scandal,", None)]),
    ("one-of-several-is-no-name", "2019-06-01",  # Libya, United States
     "“Later today we march to the square,” said one of the protest organisers.\n\n"
     "“Pay for your own wall!” read one sign.",
     [("Later today we march to the square,", None), ("Pay for your own wall!", None)]),
    ("a-rank-abbreviation-with-a-stop-ends-no-sentence", "2023-05-19",  # Indonesia, United States
     "“The students were found to have resisted the officers,” police spokesperson Sr. Comr. Budi Santoso said at a briefing.\n\n"
     "“We won the seat,” said John Smith Sr. on Monday.",
     [("The students were found to have resisted the officers,", "Budi Santoso"), ("We won the seat,", "John Smith Sr")]),
    ("a-titled-name-after-the-last-comma-closes-the-sentence", "2023-07-19",  # Morocco, Kenya
     "The appeal court on Tuesday “confirmed the sentences” of the two men who have been in jail since 2021, lawyer Amina Idrissi told reporters.",
     [("confirmed the sentences", "Amina Idrissi")]),
    ("two-quotations-then-one-cue", "2023-10-25",  # Panama, Chile
     "After the march, police “found a man lying in the road” with “a head wound,” stated Deputy Minister Luis Pardo at a press conference.",
     [("found a man lying in the road", "Luis Pardo"), ("a head wound,", "Luis Pardo")]),
    ("a-quote-in-anothers-reported-speech-keeps-its-speaker", "2023-09-10",  # Israel
     "Minister Dan Levi said that he would “explicitly” respect the ruling, and Minister Tal Cohen said that she would too.",
     [("explicitly", "Dan Levi")]),
    ("charged-that-is-speech", "2022-04-10",  # Israel, Kenya
     "Speaking to parliament, opposition leader Daniel Mwangi charged that the “government is paralysed”.",
     [("government is paralysed", "Daniel Mwangi")]),
    ("reaffirming-after-a-statement", "2018-05-20",  # Iraq, Lebanon
     "Prime Minister Karim Haddad released a statement reaffirming the “right to peaceful demonstration”.",
     [("right to peaceful demonstration", "Karim Haddad")]),
    ("believed-closes-a-quotation", "2023-05-07",  # Nepal
     "Prime Minister Ram Thapa met the president on Sunday.\n\n"
     "“I do not think the opposition will create trouble,” he believed.",
     [("I do not think the opposition will create trouble,", "Ram Thapa")]),
    ("a-party-epithet-for-the-one-who-opens-its-paragraph", "2024-11-08",  # Germany, Ghana
     "First Secretary Jonas Weber told Bild the vote must come soon.\n\n"
     "Anna Richter, Chairwoman of the business union, believes the chancellor has a duty. "
     "“He cannot push this decision away,” the CDU politician told a newspaper.",
     [("He cannot push this decision away,", "Anna Richter")]),
    ("a-noun-too-after-an-adjective-is-no-cue", "2020-11-28",  # Japan, Chile
     "Foreign Minister Ken Sato rejected as “totally unacceptable and deeply troubling” his counterpart’s recent public remarks on the islands.",
     [("totally unacceptable and deeply troubling", None)]),
    ("the-plural-of-a-party-is-the-party", "2021-10-27",  # Portugal, Chile
     "The government offered the Socialist Party (PS) a deal on the budget.\n\n"
     "The Socialists rejected it, saying it was not a “serious” proposal.",
     [("serious", "Socialist Party")]),
    ("the-daily-is-the-newspaper-named-before", "2018-05-11",  # Lebanon, Egypt
     "“The bureau will meet soon,” al-Akhbar newspaper reported on Friday.\n\n"
     "“The session will likely be held on May 22,” the daily added.",
     [("The session will likely be held on May 22,", "al-Akhbar")]),
    ("according-to-set-off-before-a-quotation", "2023-06-27",  # Sierra Leone, Paraguay
     "Electoral commissioner Ana Lopez spoke on Tuesday.\n\n"
     "The figures released so far, according to Lopez, “represent 60 per cent of all polling stations”.",
     [("represent 60 per cent of all polling stations", "Ana Lopez")]),
    ("an-adverb-opening-a-sentence-is-no-part-of-a-name", "2024-05-20",  # Papua New Guinea, Ghana
     "Prime Minister James Tapo spoke on Monday.\n\n"
     "Now Tapo has rejected the claim, saying it was a “serious forgery of the record”.",
     [("serious forgery of the record", "James Tapo")]),
    ("the-short-form-of-a-court-named-of-a-country", "2023-12-14",  # Guatemala, Colombia
     "The Constitutional Court of Guatemala ruled on Thursday.\n\n"
     "The Constitutional Court asked Congress to “guarantee the inauguration of the president”.",
     [("guarantee the inauguration of the president", "Constitutional Court of Guatemala")]),
    ("an-office-portfolio-after-a-dash", "2023-06-13",  # Fiji, Solomon Islands
     "This was the word from Assistant Commissioner of Police – Operations Maika Tui.\n\n"
     "“No approval was given for the march,” Mr Tui said.",
     [("No approval was given for the march,", "Maika Tui")]),
    ("a-name-inside-a-prepositional-phrase-is-no-subject", "2025-01-10",  # Mozambique, Kenya
     "At a Nairobi press conference on Thursday, police spokesperson Resila Onyango, said two officers were attacked.\n\n"
     "“They were beaten and their car was burnt,” she said.",
     [("They were beaten and their car was burnt,", "Resila Onyango")]),
    ("the-legislator-is-the-mp-named-before", "2019-05-03",  # Morocco, Zambia
     "MP Ahmed Tazi said the government should keep its promises.\n\n"
     "“We were expecting new laws, but nothing has been done,” the legislator said.",
     [("We were expecting new laws, but nothing has been done,", "Ahmed Tazi")]),
    ("saying-right-before-a-quotation-without-a-comma", "2023-08-10",  # Liberia, Nigeria
     "Cllr. Amos Tarr spoke on Monday.\n\n"
     "He notes that the region just held elections and the mood is tense in that country saying “I consider this a conspiracy between the two governments.”",
     [("I consider this a conspiracy between the two governments.", "Amos Tarr")]),
    ("a-passive-cue-names-no-speaker", "2014-10-20",  # Norway, Ireland
     "Finance Minister Siv Lund of the Progress Party presented the budget on October 8. "
     "It was immediately slammed as “a budget that punishes the poor and ignores the climate”.",
     [("a budget that punishes the poor and ignores the climate", None)]),
    ("an-indefinite-title-is-someone-new", "2015-03-13",  # Maldives, Pakistan
     "“He is found guilty,” judge Ali Rasheed said on Friday. "
     "A judge said prosecutors had proved “beyond reasonable doubt that he ordered the arrest”.",
     [("He is found guilty,", "Ali Rasheed"), ("beyond reasonable doubt that he ordered the arrest", None)]),
    ('the_peasant_is_the_one_described_as_a_peasant', '2022-05-18', 'Dainius Petrauskas, a peasant, approached journalists in the Seimas on Tuesday. He said Prime Minister Ingrida Simonyte had broken the deal.\n\n„We will leave the agreement if these bills pass,“ the peasant claimed.', [('We will leave the agreement if these bills pass,', 'Dainius Petrauskas')]),
    ('the_shopkeeper_is_the_one_described_as_a_shopkeeper_from_a_town', '2023-02-06', 'Grace Wanjiru, a shopkeeper from Nakuru, joined the march on Monday. Education Secretary Ezekiel Machogu has refused to meet the union.\n\n“We want our pay before schools open,” the shopkeeper said.', [('We want our pay before schools open,', 'Grace Wanjiru')]),
    ('the_tailor_is_the_one_described_as_a_street_tailor', '2019-08-12', 'Rosa Quispe, a street tailor, said Mayor Jorge Muñoz had sent police to clear the square.\n\n“They left us with nothing,” the tailor added.', [('They left us with nothing,', 'Rosa Quispe')]),
    ('the_fisherman_described_twice_is_unknown', '2021-04-14', 'Ana Lopez, a fisherman, lost her land in March. Juan Perez, a fisherman from Cusco, lost his in May. Minister Pedro Castillo has promised help.\n\n“We will go to court,” the fisherman said.', [('We will go to court,', None)]),
    ('the_mechanic_never_described_is_unknown', '2020-10-20', 'Min Ko, a monk, led the march past the office of Minister Aung Thu.\n\n“We will come back tomorrow,” the mechanic said.', [('We will come back tomorrow,', None)]),
    ('a_place_stop_and_dash_dateline_is_no_subject', '2014-05-14', ' date 2014-05-14 Dominican Today, SANTO DOMINGO\n\nSanto Domingo.- Justice minister Ana Reyes on Wednesday defended the prosecutor, affirming that the complaint "has no basis."', [('has no basis.', 'Ana Reyes')]),
    ('a_city_stop_and_dash_dateline_is_no_subject', '2018-07-10', ' date 2018-07-10 Mexico News, MEXICO CITY\n\nMexico City.- Senator Rosa Ibarra on Tuesday criticised the reform, calling it “a step back for the country.”', [('a step back for the country.', 'Rosa Ibarra')]),
    ('speaker_of_the_house_of_representatives_then_the_holder', '2019-03-07', 'Speaker of the House of Representatives Habib Malki met the ambassador in Rabat on Thursday. "The two countries are brothers," Malki said.', [('The two countries are brothers,', 'Habib Malki')]),
    ('speaker_of_the_house_of_commons_then_the_holder', '2021-06-02', 'Speaker of the House of Commons Lindsay Harper said on Tuesday that the chamber would sit "as long as it takes".', [('as long as it takes', 'Lindsay Harper')]),
    ('his_chief_rival_then_the_name_is_the_one_in_view', '2013-11-25', "Each of the two contenders has claimed victory, among them the ruling party's Juan Orlando Perez.\n\nHis chief rival, former first lady Ana Castro, spoke out hours after the polls closed.\n\n“I am the president of Honduras,” she told journalists.", [('I am the president of Honduras,', 'Ana Castro')]),
    ('her_closest_ally_then_the_name_is_the_one_in_view', '2020-05-05', 'Opposition leader Ana Ruiz stayed at home on Monday.\n\nHer closest ally, senator Tomas Lee, spoke to reporters outside the court.\n\n“She will not attend the hearing,” he said.', [('She will not attend the hearing,', 'Tomas Lee')]),
    ('the_ministry_after_the_chinese_foreign_ministry', '2013-07-30', 'Wang Yi met the envoy on Tuesday, the Chinese foreign ministry said.\n\n“The two sides will keep in touch,” the foreign ministry said.', [('The two sides will keep in touch,', 'Chinese foreign ministry')]),
    ('the_police_after_the_sierra_leonean_police', '2023-06-27', 'Officers fired tear gas at the crowd, the Sierra Leonean police said on Monday.\n\n“They started causing trouble to passers-by,” the police said.', [('They started causing trouble to passers-by,', 'Sierra Leonean police')]),
    ('the_ministry_after_two_fuller_ministries_stays_described', '2013-07-30', '“The talks ended,” the Chinese foreign ministry said. “The meeting was useful,” the Japanese foreign ministry said.\n\n“The two sides will keep in touch,” the foreign ministry said.', [('The two sides will keep in touch,', 'foreign ministry')]),
    ('these_political_sectors_assured_is_unknown', '2023-03-10', "The Social Christian Party and the Citizens' Revolution confirmed the plan on Friday.\n\nIn a brief statement, these political sectors assured that “the trial is going”.", [('the trial is going', None)]),
    ('those_lawmakers_said_is_unknown', '2021-09-14', 'Members of the ruling coalition and the Forum party met on Monday. Those lawmakers said the bill was “dead on arrival”.', [('dead on arrival', None)]),
    ('a_sign_saying_is_the_signs_words', '2019-10-22', 'Mayor Ana Ruiz and eighty other mayors gathered outside the palace, where they placed a sign saying: “Save the Municipality”.', [('Save the Municipality', None)]),
    ('banners_saying_are_the_banners_words', '2021-03-01', 'Students led by Min Ko Naing marched through Yangon with banners saying “We want our leaders back home”.', [('We want our leaders back home', None)]),
    ('a_group_brought_in_unnamed_is_the_they_in_view', '2019-10-22', 'The office of the presidency said the president would not receive them.\n\nAt 05:45 on Tuesday, a group of 80 mayors gathered outside the palace.\n\n“Without a municipality there is no nation,” they shouted.', [('Without a municipality there is no nation,', None)]),
    ('a_coalition_brought_in_unnamed_is_the_they_in_view', '2022-04-12', 'The Electoral Commission said the count was complete.\n\nOn Monday, a coalition of opposition parties marched to its offices.\n\n“We want a recount,” they told reporters.', [('We want a recount,', None)]),
    ('a_closing_glyph_that_opens_after_a_sentence', '2018-12-21', 'Lam Paul Gabriel renewed calls to the holdout groups to join the peace process.” We are calling on our brothers to join us and implement the agreement,” he said.', [('We are calling on our brothers to join us and implement the agreement,', 'Lam Paul Gabriel')]),
    ('a_closing_glyph_that_opens_after_a_question', '2020-05-04', 'Market women in Douala asked Mayor Ana Ngo when the stalls would reopen.” We cannot feed our children like this,” a trader said.', [('We cannot feed our children like this,', None)]),
    ('rather_just_before_the_second_verb_after_but', '2016-10-03', 'Gabor Kovacs said the government should not try to explain away the results of the referendum but should rather just admit that it had “failed”.', [('failed', 'Gabor Kovacs')]),
    ('even_before_the_second_verb_after_and', '2021-02-11', 'Ana Lopez told reporters the party would not quit the talks and would even insist on its “legitimate seats”.', [('legitimate seats', 'Ana Lopez')]),
    ('the_ministry_announced_that_it_declared', '2022-03-18', '“All three undermined our security,” Estonia’s foreign ministry said in a statement. Lithuania’s foreign ministry meanwhile announced that it had declared four Russian embassy employees persona non grata, a move made “in solidarity with Ukraine”.', [('in solidarity with Ukraine', 'Lithuania’s foreign ministry')]),
    ('the_head_of_a_countrys_commission_is_not_the_commission', '2025-06-21', "Polls cannot be held without the state, the head of Bangladesh's Election Commission said on Saturday, asserting that holding polls is “not possible” without its support.", [('not possible', None)]),
    ('the_chairman_of_a_countrys_electoral_body_is_not_the_body', '2020-06-23', "The chairman of Malawi's Electoral Commission said on Monday that the rerun was “a victory for democracy”.", [('a victory for democracy', None)]),
    ('is_said_to_is_no_cue', '2025-06-21', 'Chief Election Commissioner AMM Nasir Uddin said that no matter “how independent” the election body is said to be, it needs the government.', [('how independent', 'AMM Nasir Uddin')]),
    ('the_president_of_the_senate_is_not_the_president', '2022-09-05', 'Senate leader Ana Ruiz and the Speaker arrived at the palace to meet President Gabriel Boric.\n\nOn arrival, the president of the Senate stressed the importance of “complying with the mandates of the citizens”.', [('complying with the mandates of the citizens', None)]),
    ('a_name_then_an_indefinite_appositive_without_its_closing_comma', '2018-03-21', 'Former minister Mohamed Nabil BenabdAllah called for calm on Tuesday.\n\nBenabdAllah, the secretary-general of the Party of Progress and Socialism, a member of the government told a press conference that the threat was losing the ability “to listen to the people”.', [('to listen to the people', 'Mohamed Nabil BenabdAllah')]),
    ('a_persons_office_then_calling', '2023-03-21', "President Yoon Suk Yeol met Kishida on Thursday.\n\nYoon's office has expressed regret to Japan, calling the reports “distorted,” and said it would not disclose details.", [('distorted,', "Yoon's office")]),
    ('a_persons_campaign_then_saying', '2016-11-09', "Candidate Ana Ruiz conceded on Wednesday.\n\nRuiz's campaign rejected the result on Thursday, saying the count had been “deeply flawed”.", [('deeply flawed', "Ruiz's campaign")]),
    ('the_floor_leader_is_the_one_named_so', '2023-03-21', "“We will uncover the truth,” DP floor leader Park Hong-keun said.\n\nPresident Yoon Suk Yeol's office denied it.\n\n“It was actually discussed,” the DP floor leader said.", [('It was actually discussed,', 'Park Hong-keun')]),
    ('the_majority_floor_leader_is_the_one_named_so', '2019-07-22', '“The chamber will act,” Majority Floor Leader Martin Romualdez said.\n\nPresident Rodrigo Duterte signed the bill on Monday.\n\n“We have the numbers,” the majority floor leader said.', [('We have the numbers,', 'Martin Romualdez')]),
    ('one_of_the_acronym_appellants_is_unnamed', '2020-02-13', '“We should have judges from other countries hearing our appeals,” one of the APC appellants told the Sierra Leone Telegraph.', [('We should have judges from other countries hearing our appeals,', None)]),
    ('some_of_the_acronym_lawmakers_are_unnamed', '2021-03-02', '“We are not leaving,” some of the MDC lawmakers told reporters.', [('We are not leaving,', None)]),
    ('said_a_name_then_counsel_representing_without_a_comma', '2020-12-14', '“The Speaker has no such power,” said Mauga Precious Chang counsel representing the two members.', [('The Speaker has no such power,', 'Mauga Precious Chang')]),
    ('said_a_name_then_lawyer_for_without_a_comma', '2019-05-02', '“We will appeal the ruling,” said Tendai Biti lawyer for the opposition.', [('We will appeal the ruling,', 'Tendai Biti')]),
    ('a_name_then_an_indefinite_appositive_without_its_closing_comma_in_africa', '2019-04-02', "Opposition leader Tundu Lissu spoke in Dar es Salaam.\n\nLissu, the chairman of the party's legal team, a member of parliament told journalists that the charges were “politically motivated”.", [('politically motivated', 'Tundu Lissu')]),
    ('a_noun_before_a_title_in_a_long_appositive', '2019-05-30', '"They are not fulfilling the promises they made," a main protest organiser and general secretary of the opposition Democratic Party, Tsevegdorj Tuvaan, told Reuters.', [('They are not fulfilling the promises they made,', 'Tsevegdorj Tuvaan')]),
    ('a_noun_before_a_role_in_a_long_appositive', '2022-04-03', '“We will contest the results,” a senior campaign organiser and deputy secretary of the Social Democratic Party, Ana Lopez, told reporters.', [('We will contest the results,', 'Ana Lopez')]),
    ('a_spokesman_for_someone_is_unnamed_and_so_is_his_he', '2019-07-18', 'Prime Minister Theresa May spoke in London on Wednesday.\n\n"The prime minister is disappointed," a spokesman for Prime Minister Theresa May\'s Downing Street office said.\n\n"Her successor will take this into account," he said.', [('The prime minister is disappointed,', None), ('Her successor will take this into account,', None)]),
    ('a_name_after_from_that_a_who_follows_is_a_person', '2024-12-19', 'BJP MP Pratap Sarangi said he was hurt after a push from Rahul Gandhi.\n\nAddressing a press conference, Rahul Gandhi, who is Leader of the Opposition, accused the ruling party of obstruction.\n\n"The BJP tried to stop the discussion," he said.', [('The BJP tried to stop the discussion,', 'Rahul Gandhi')]),
    ('a_name_after_from_that_a_who_follows_is_a_person_in_africa', '2021-06-02', 'Minister Ziyambi Ziyambi said the order came from Nelson Chamisa.\n\nNelson Chamisa, who leads the opposition, denied it on Monday.\n\n“I gave no such order,” he said.', [('I gave no such order,', 'Nelson Chamisa')]),
    ('in_her_opinion_gives_her_view', '2014-03-25', 'Mayor Ana Botella spoke to reporters on Monday.\n\nIn her opinion, the events of last Saturday “undermine the city’s image at a difficult time”.', [('undermine the city’s image at a difficult time', 'Ana Botella')]),
    ('in_his_words_gives_his_view', '2019-06-10', 'Prime Minister António Costa visited Lisbon on Sunday.\n\nIn his words, “there is one thing that is clear, it was the will of the people”.', [('there is one thing that is clear, it was the will of the people', 'António Costa')]),
    ('in_a_named_persons_view', '2020-01-14', "Senator Ana Ruiz spoke to reporters in Lima.\n\nIn Ruiz's view, the ruling was “a grave error”.", [('a grave error', 'Ana Ruiz')]),
    ('a_bodys_initials_in_brackets_then_the_name', '2019-05-04', '“I accepted gladly,” the chairman of the Slovak Democratic and Christian Union (SDKU), Mikulas Dzurinda, told TASR.', [('I accepted gladly,', 'Mikulas Dzurinda')]),
    ('a_fronts_initials_in_brackets_then_the_name', '2020-02-10', '"Yesterday was a coup," Secretary-General of the Farabundo Marti National Liberation Front (FMLN) Oscar Ortiz commented at a press conference.', [('Yesterday was a coup,', 'Oscar Ortiz')]),
    ('a_sentence_glued_to_a_closing_mark_gives_it_no_cue', '2018-08-14', 'Meanwhile, Pakistan People\'s Party Chairman Bilawal Bhutto Zardari said the victory belonged to all parties. "We will bring in electoral reforms."Muttahida Qaumi Movement Convener Khalid Siddiqui said his party would support the government.', [('We will bring in electoral reforms.', 'Bilawal Bhutto Zardari')]),
    ('an_organisations_name_runs_on_in_a_continent', '2009-11-11', 'The Organization for Security and Cooperation in Europe (OSCE) said the trial was “self-revealingly political.”', [('self-revealingly political.', 'Organization for Security and Cooperation in Europe')]),
    ('an_embassys_name_runs_on_in_a_country', '2020-03-10', '“We are in constant contact with the authorities,” the Armenian Embassy in Georgia said in a statement.', [('We are in constant contact with the authorities,', 'Armenian Embassy in Georgia')]),
    ('the_leader_of_the_opposition_is_not_the_chairman_who_spoke', '2022-10-18', '“Please take your seats,” said Chairman Muhammad Sanjrani.\n\nHowever, the Leader of the Opposition Dr. Shahzad Waseem left his seat.\n\nTalking to reporters, the Leader of the Opposition regretted that the sessions had been adjourned, denying them the right to speak. “The rulers are puppets,” he wondered.', [('The rulers are puppets,', 'Shahzad Waseem')]),
    ('the_speaker_of_parliament_is_not_the_president_who_spoke', '2021-04-02', '“The session is closed,” said President Ana Ruiz.\n\nThe Speaker of Parliament Tomas Lee met the envoys on Friday.\n\nSpeaking to reporters, the Speaker of Parliament regretted that the talks had stalled, denying that he was to blame. “We will try again,” he said.', [('We will try again,', 'Tomas Lee')]),
    ('a_camp_adjective_before_a_name_after_a_quotation', '2023-05-27', 'Carlos Pineda, a candidate, was barred from the race on Friday.\n\n"Corruption won, Guatemala lost!" conservative Pineda tweeted on Friday.', [('Corruption won, Guatemala lost!', 'Carlos Pineda')]),
    ('a_leftist_before_a_name_after_a_quotation', '2021-06-07', 'Pedro Castillo led the count on Monday.\n\n“The people have spoken!” leftist Castillo told supporters.', [('The people have spoken!', 'Pedro Castillo')]),
    ('a_cue_set_off_by_commas_after_a_party_is_the_pronouns', '2025-01-12', 'Renamo spokesperson Marcial Macome spoke in Maputo.\n\nRenamo, he added, continues to believe that the elections must be annulled.\n\n“What is required are free and fair elections,” he declared.', [('What is required are free and fair elections,', 'Marcial Macome')]),
    ('a_cue_set_off_by_commas_after_a_party_in_asia', '2019-08-02', 'Opposition spokesman Ravi Kumar spoke to reporters.\n\nCongress, he said, remains the main opposition party.\n\n“We will fight on,” he added.', [('We will fight on,', 'Ravi Kumar')]),
    ('a_name_of_a_southern_city_then_the_cue', '2011-06-30', '"We came from all parts of Jordan to protest," Hisham Hees of the southern city of Theiban said.', [('We came from all parts of Jordan to protest,', 'Hisham Hees')]),
    ('a_name_from_a_coastal_town_then_the_cue', '2019-03-02', '“We have not been paid for months,” Maria Chissano from the coastal town of Xai-Xai told reporters.', [('We have not been paid for months,', 'Maria Chissano')]),
    # (fifty-fifth round: read in t1957-t1996 and dev, probes written in other countries' styles)
    ('a_credit_line_before_a_bar_never_speaks', '2019-04-14', 'Fatahnews| April 14, 2019 – Palestinian President Mahmoud Abbas met the new government on Saturday evening, saying, “We have many difficult tasks.”', [('We have many difficult tasks.', 'Mahmoud Abbas')]),
    ('a_wire_credit_before_a_bar_in_africa', '2021-03-02', 'Nyasa Times | March 2, 2021 – Opposition leader Kondwani Nankhumwa addressed supporters in Lilongwe, saying, “We are ready.”\n\n“The party is united,” he said.', [('We are ready.', 'Kondwani Nankhumwa'), ('The party is united,', 'Kondwani Nankhumwa')]),
    ('a_title_then_upon_arrival_after_an_inverted_cue', '2021-08-09', 'Prime Minister the Hon. Gaston Browne has cut short his vacation.\n\n“I could not remain away from home,” said the Prime Minister upon arrival at the airport.', [('I could not remain away from home,', 'Gaston Browne')]),
    ('a_title_then_upon_return_in_west_africa', '2022-02-11', 'President Nana Akufo-Addo flew back from Addis Ababa on Friday.\n\n“The summit was a success,” said the President upon his return to Accra.', [('The summit was a success,', 'Nana Akufo-Addo')]),
    ('an_ambassador_to_a_country_of_two_words_then_a_name', '2010-08-09', '“Coalition talks usually take a little time,” Dutch Ambassador to the United States Renee Jones-Bos said in an interview.', [('Coalition talks usually take a little time,', 'Renee Jones-Bos')]),
    ('an_envoy_to_a_country_of_two_words_in_the_pacific', '2019-05-20', 'High Commissioner to the Solomon Islands Roy Mackie said, “Our support will continue.”', [('Our support will continue.', 'Roy Mackie')]),
    ('a_ministry_then_of_a_country_then_the_holder', '2019-10-20', 'During the same meeting, Minister of Foreign Affairs of Tajikistan Sirodjidin Mukhriddin said, “Relations are very important for us.”', [('Relations are very important for us.', 'Sirodjidin Mukhriddin')]),
    ('a_ministry_then_of_a_country_in_latin_america', '2018-04-02', 'Minister of Foreign Affairs of Bolivia Fernando Huanacuni said, “The sea unites us.”', [('The sea unites us.', 'Fernando Huanacuni')]),
    ('a_capital_then_a_police_officer_then_the_cue', '2020-10-06', 'At a press briefing deputy chief of police in the capital Bishkek Almaz Orazaliyev said that the protesters faced charges of “hooliganism”.', [('hooliganism', 'Almaz Orazaliyev')]),
    ('a_capital_then_a_spokesman_then_the_cue_in_africa', '2021-06-14', 'Speaking to journalists, a police spokesman in the capital Lilongwe Peter Kalaya said the marchers had been “peaceful”.', [('peaceful', 'Peter Kalaya')]),
    ('a_question_then_a_name_reported_as_saying', '2022-03-13', 'Prime Minister Ismail Sabri Yaakob spoke on Sunday.\n\n“Many more areas need to be studied. Must we do it?” Mr Ismail Sabri was reported as saying.', [('Many more areas need to be studied. Must we do it?', 'Ismail Sabri Yaakob')]),
    ('a_question_then_a_name_quoted_as_saying_in_africa', '2021-07-01', '“Who gave the order?” Mr Chakwera was quoted as saying by the state broadcaster.', [('Who gave the order?', 'Chakwera')]),
    ('quoted_a_name_with_a_long_appositive_as_saying', '2012-06-19', 'Amnesty International criticised the decision.\n\nThe watchdog also quoted Ghanim Alnajjar, an internationally recognised human rights expert who observed the court proceedings on behalf of Amnesty, as saying: “The decision is unjustified.”', [('The decision is unjustified.', 'Ghanim Alnajjar')]),
    ('cited_a_name_with_a_long_appositive_as_saying_in_asia', '2021-02-03', 'The newspaper cited Min Ko Naing, a veteran student leader who spent years in prison under the former military government, as saying: “We will not give up.”', [('We will not give up.', 'Min Ko Naing')]),
    ('a_party_office_and_a_ministry_office_then_the_holder', '2023-02-09', 'PROGRESSIVE Liberal Party chairman and Foreign Affairs Minister Fred Mitchell yesterday berated the opposition, saying it was “nothing short of disgraceful”.', [('nothing short of disgraceful', 'Fred Mitchell')]),
    ('a_party_office_and_a_ministry_office_in_africa', '2020-05-04', 'Malawi Congress Party president and Foreign Affairs Minister Eisenhower Mkaka on Monday criticised the ruling, calling it “an insult to voters”.', [('an insult to voters', 'Eisenhower Mkaka')]),
    ('general_elections_is_no_general', '2022-07-05', 'Dr Keith Mitchell was sworn in as Leader of the Opposition. The New National Party won both the 2013 and 2018 General Elections 15-null.\n\n“It is an honour to lead the opposition,” he said.', [('It is an honour to lead the opposition,', 'Keith Mitchell')]),
    ('general_elections_is_no_general_in_asia', '2019-05-24', 'Prime Minister Narendra Modi thanked voters after the General Elections.\n\n“India has won,” he said.', [('India has won,', 'Narendra Modi')]),
    ('a_short_lower_case_mark_is_a_quotation_of_no_named_speaker', '2020-07-12', 'The police chief denied claims that there were “men in black” among the protesters in Bangkok.', [('men in black', None)]),
    ('a_short_lower_case_mark_in_caribbean_press', '2021-03-04', 'The council has faced criticism for “bowing down” to the developers since Tuesday.', [('bowing down', None)]),
    ('a_president_of_the_republic_of_a_country_then_the_holder', '2017-09-25', 'President of the Republic of Cyprus Nicos Anastasiades has expressed satisfaction over the meetings.\n\n“I expressed our readiness,” the President said.', [('I expressed our readiness,', 'Nicos Anastasiades')]),
    ('a_president_of_the_republic_of_a_country_in_africa', '2022-09-14', 'President of the Republic of Kenya William Ruto has named his cabinet.\n\n“We will serve everyone,” the President said.', [('We will serve everyone,', 'William Ruto')]),
    ('adding_after_a_reported_clause_is_the_main_speaker', '2019-09-24', 'Foreign Minister Ali Haidar spoke in New York.\n\nHe said that his Ministry announced that ten thousand Syrians are ready to volunteer, adding "We knew that the problem was political."', [('We knew that the problem was political.', 'Ali Haidar')]),
    ('adding_after_a_reported_clause_in_africa', '2021-05-03', 'Opposition leader Nelson Chamisa addressed supporters on Monday.\n\nHe said that the commission claimed that the roll was clean, adding "We will audit it ourselves."', [('We will audit it ourselves.', 'Nelson Chamisa')]),
    ('a_press_release_from_a_ministry_after_the_quotation', '2023-03-25', '“The two foreign secretaries reviewed the entire spectrum of bilateral cooperation,” read a press release from the Ministry of External Affairs.', [('The two foreign secretaries reviewed the entire spectrum of bilateral cooperation,', 'Ministry of External Affairs')]),
    ('a_statement_issued_by_a_ministry_in_europe', '2020-02-11', '“The talks were useful,” said a statement issued by the Ministry of Foreign Affairs.', [('The talks were useful,', 'Ministry of Foreign Affairs')]),
    ('a_statement_from_a_city_names_no_speaker', '2020-02-11', '“The talks were useful,” said a statement from Nairobi.', [('The talks were useful,', None)]),
    ('a_statement_from_two_governments_as_written', '2023-05-21', 'The statement from the US and Saudi governments said they “urge both parties to take in consideration the interests of the nation”.', [('urge both parties to take in consideration the interests of the nation', 'US and Saudi governments')]),
    ('plural_accusers_then_a_that_clause_name_no_one', '2023-11-16', 'Guatemala’s prosecutors on Wednesday asked that President Bernardo Arévalo’s immunity be lifted, accusing him of authorizing “illegal” payments.', [('illegal', None)]),
    ('plural_lawmakers_then_a_that_clause_in_asia', '2022-04-05', 'Opposition lawmakers argued that Prime Minister Ali Sabry had failed, calling him “a puppet”.', [('a puppet', None)]),
    # (fifty-seventh round: read in t2037-t2076)
    ('a_weekday_surname_after_a_given_name_in_the_caribbean', '2017-07-06', 'Opposition Leader Godwin Friday said the party “is prepared to chart a new course.”\n\nFriday blasted the ruling party, charging that it had treated the matter with scorn.', [('is prepared to chart a new course.', 'Godwin Friday')]),
    ('a_weekday_surname_opening_a_sentence_in_west_africa', '2019-03-02', 'Party chairman Sunday Monday spoke in Abuja.\n\nMonday criticised the electoral body, calling the count “a sham”.', [('a sham', 'Sunday Monday')]),
    ('a_group_of_nationals_is_no_name_in_west_africa', '2011-10-15', 'A group of Liberian opposition parties said on Saturday they would boycott the run-off.\n\nIn a statement, the group claimed “massive fraud by the commission.”', [('massive fraud by the commission.', None)]),
    ('a_coalition_of_nationals_is_no_name_in_east_africa', '2016-05-02', 'A coalition of Kenyan rights groups wrote to the electoral body.\n\nThe coalition said “the register is not clean.”', [('the register is not clean.', None)]),
    ('plural_role_with_a_place_then_a_participle_in_latin_america', '2017-12-22', 'Protesters around congress shouted at the lawmakers, chanting “out with the corrupt”.', [('out with the corrupt', None)]),
    ('a_title_with_a_place_is_the_person_so_titled', '2020-03-02', 'Police spokesman Joe Bloggs spoke to reporters on Monday.\n\nThe spokesman in Lima said “we are ready for the march”.', [('we are ready for the march', 'Joe Bloggs')]),
    ('a_titled_owners_post_on_a_platform_in_central_asia', '2023-01-19', 'President Kassym-Jomart Tokayev thanked the deputies.\n\n«I express gratitude to the deputies for their work,» reads the Kazakh President’s post on Instagram.', [('I express gratitude to the deputies for their work,', 'Kassym-Jomart Tokayev')]),
    ('a_ministers_post_on_a_platform_in_latin_america', '2021-03-02', 'Foreign Minister Ana Ruiz met the envoy on Monday.\n\n“We are ready to talk,” read the Minister’s post on Facebook.', [('We are ready to talk,', 'Ana Ruiz')]),
    ('a_post_on_a_platform_names_no_one', '2021-03-02', '“We are ready to talk,” read a post on Facebook.', [('We are ready to talk,', None)]),
    ('a_short_mark_takes_its_sentences_person_subject_in_the_gulf', '2018-11-05', 'Opposition leader Ali Salman deemed the verdict “an unjust and political sentence” on Sunday.', [('an unjust and political sentence', 'Ali Salman')]),
    ('a_short_mark_takes_its_sentences_pronoun_subject_in_malta', '2021-02-10', 'Opposition leader Bernard Grech spoke in parliament on Tuesday.\n\nHe appealed to the prime minister to stop with this “perilous attitude”.', [('perilous attitude', 'Bernard Grech')]),
    ('a_short_mark_in_a_relative_clause_is_not_the_subjects', '2020-12-12', 'Media owner Jimmy Lai, whom state media describes as a “traitor,” faces several prosecutions.', [('traitor,', None)]),
    ('a_short_mark_after_a_possessive_subject_is_not_the_owners', '2025-09-17', 'Song Eon-seog’s address came after a rival vowed to “eradicate remnants” of the old guard.', [('eradicate remnants', None)]),
    ('a_short_mark_after_accusations_of_is_not_the_subjects', '2018-03-21', 'Chancellor Angela Merkel defended the plans in parliament against accusations of “social ignorance” from the opposition.', [('social ignorance', None)]),
    ('railed_after_a_quotation_in_turkey', '2025-03-20', '“What has happened is an attempted coup,” railed CHP leader Ozgur Ozel in a speech at City Hall.', [('What has happened is an attempted coup,', 'Ozgur Ozel')]),
    ('reminded_before_a_quotation_in_portugal', '2022-03-08', 'Prime Minister Antonio Costa reminded member states that, “if we do not respect each other, nobody will understand.”', [('if we do not respect each other, nobody will understand.', 'Antonio Costa')]),
    ('swore_before_a_partial_quotation_in_senegal', '2021-03-06', 'Interior Minister Antoine Diome swore to use “all the means necessary for a return to order”.', [('all the means necessary for a return to order', 'Antoine Diome')]),
    ('rt_hon_with_stops_is_no_person_in_the_pacific', '2017-07-03', 'The premier met the New Zealand Prime Minister Rt. Hon. Bill English last Friday.\n\nThe PM told the House that, “Tonga is a sovereign state.”', [('Tonga is a sovereign state.', None)]),
    ('he_is_not_one_of_a_pair_named_together_in_sri_lanka', '2024-02-21', 'Tourism Minister Harin Fernando hit out at MPs Wimal Weerawansa and Udaya Gammanpila on Wednesday.\n\nWeerawansa and Gammanpila had accused Minister Fernando of selling the country.\n\n“I humbly thanked India for its help”, he said.', [('I humbly thanked India for its help', 'Harin Fernando')]),
    ('a_participle_after_its_noun_is_no_cue_in_namibia', '2019-10-02', 'Defence Minister Penda Ya Ndakolo said some of the questions asked by Venaani “appear to seek answers that could harm national security”.', [('appear to seek answers that could harm national security', 'Penda Ya Ndakolo')]),
    # (fifty-eighth round: read in t2077-t2116)
    ('a_name_after_to_the_is_no_subject_in_the_sahel', '2023-08-02', 'The leaders of Burkina Faso and Mali have issued a warning to the Economic Community of West African States (ECOWAS), stating that any intervention will be a “declaration of war”.', [('declaration of war', None)]),
    ('a_name_after_to_the_is_no_subject_in_east_africa', '2021-05-04', 'Opposition senators sent a letter to the Electoral Commission on Monday, saying the register was “full of ghosts”.', [('full of ghosts', None)]),
    ('a_ministrys_representative_is_its_spokesperson_in_vietnam', '2019-07-19', 'Deputy spokesperson for the Ministry of Foreign Affairs Pham Thu Hang spoke at the briefing on Thursday.\n\n"We strongly oppose any action that violates our sovereignty," the foreign ministry\'s representative stressed.', [('We strongly oppose any action that violates our sovereignty,', 'Pham Thu Hang')]),
    ('an_embassys_representative_is_its_spokesman_in_the_baltics', '2018-04-11', 'Embassy spokesman Kestutis Vaskelevicius commented on the note on Tuesday.\n\n“This shows it was manipulation,” the embassy representative said.', [('This shows it was manipulation,', 'Kestutis Vaskelevicius')]),
    ('an_appositive_office_with_its_place_in_latvia', '2010-04-14', 'During the past month the leader of LPP/LC, Riga deputy mayor Ainars Slesers, said several times that the talks were “very productive and successful.”', [('very productive and successful.', 'Ainars Slesers')]),
    ('an_appositive_office_with_its_place_in_nigeria', '2022-06-01', 'The chairman of the party, Lagos state governor Babajide Sanwo-Olu, said the primaries were “free and fair.”', [('free and fair.', 'Babajide Sanwo-Olu')]),
    ('according_to_him_with_no_comma_in_ghana', '2023-02-07', 'Minority Leader Haruna Iddrisu spoke in parliament on Monday.\n\nAccording to him they mean well for the economy, “not even on the President, that cannot be my wish”.', [('not even on the President, that cannot be my wish', 'Haruna Iddrisu')]),
    ('according_to_her_with_no_comma_in_the_caribbean', '2020-09-15', 'Opposition Leader Kamla Persad-Bissessar addressed the rally.\n\nAccording to her the count was “riddled with errors”.', [('riddled with errors', 'Kamla Persad-Bissessar')]),
    # Fifty-ninth round: people named together as one subject speak together.
    ("two_surnames_as_one_subject", "2021-05-20", "Sixtus Leung and Yau Wai-ching were barred in 2016. Leung and Yau said they were “deeply disappointed” by the ruling.", [("deeply disappointed", "Sixtus Leung and Yau Wai-ching")]),
    ("two_names_and_an_appositive_as_one_subject", "2010-10-01", "Uri Rosenthal and Jacques Wallage, two officials appointed to oversee the talks, added in a statement that their efforts \"did not yield any result\".", [("did not yield any result", "Uri Rosenthal and Jacques Wallage")]),
    ("three_names_as_one_subject_after_the_quotation", "2020-06-10", "“The order must be obeyed,” Amina Yusuf, Grace Otieno and Peter Kamau said in a joint statement.", [("The order must be obeyed,", "Amina Yusuf, Grace Otieno and Peter Kamau")]),
    ("said_two_names_inverted", "2019-02-14", "“We will contest the result,” said Tendai Moyo and Nelson Chamisa.", [("We will contest the result,", "Tendai Moyo and Nelson Chamisa")]),
    ("two_names_after_between_are_no_subject", "2022-03-02", "A meeting between Ana Silva and Rui Costa ended late. Costa said the talks were “useful”.", [("useful", "Rui Costa")]),
    ("two_names_possessive_are_no_subject", "2018-09-09", "Maria Lopez and Juan Perez’s lawyer said the case was “weak”.", [("weak", None)]),
    # A described person set off between a name and "who".
    ("name_then_one_of_then_who_argued", "2023-06-20", "The decision led to the resignation of Rafael Arráiz Lucca, one of the commission’s substitute members, who argued that the vote would be “impossible”.", [("impossible", "Rafael Arráiz Lucca")]),
    ("name_then_a_member_then_who_said", "2017-04-11", "The motion was backed by Grace Akello, a member of the budget committee, who said the plan was “reckless”.", [("reckless", "Grace Akello")]),
    # An office of a country's body, then the holder's name.
    ("speaker_of_the_country_parliament_then_the_name", "2018-06-25", "Speaker of the Lithuanian Seimas Viktoras Pranckietis is leaving for the United States.\n\n\"Lithuania wants more attention,\" the speaker said in a statement.", [("Lithuania wants more attention,", "Viktoras Pranckietis")]),
    ("president_of_the_country_senate_then_the_name", "2020-01-15", "President of the Nigerian Senate Ahmad Lawan spoke on Monday. “The budget will pass,” Lawan said.", [("The budget will pass,", "Ahmad Lawan")]),
    # A building that stands for whoever works in it issues a statement.
    ("a_seat_of_government_statement_said", "2019-05-24", "“The dialogue will be launched on Tuesday,” a State House statement said.", [("The dialogue will be launched on Tuesday,", "State House")]),
    ("a_downing_street_statement_said", "2021-03-03", "“The prime minister spoke to the president,” a Downing Street statement said.", [("The prime minister spoke to the president,", "Downing Street")]),
    ("a_named_statement_then_the_statement", "2022-11-30", "A Kremlin statement said the talks had ended. “The talks were useful,” the statement said.", [("The talks were useful,", "Kremlin")]),
    # A pronoun right before the cue is its clause's subject, even after "X who".
    ("supporters_of_a_name_who_then_they_describe", "2013-08-01", "Tensions rose with the supporters of ousted president Mohamed Morsi who continue to protest against what they describe as the “military coup”.", [("military coup", None)]),
    ("backers_of_a_name_who_then_they_call", "2021-02-02", "Police dispersed backers of opposition leader Ana Kiwanuka who marched against what they called a “stolen election”.", [("stolen election", None)]),
    # (sixtieth round: read in t2157-t2196) A word that fits any public figure stands, like "he",
    # for the person in view.
    ("the_politician_reiterated_after_a_named_speaker", "2024-12-18", "On Wednesday, party leader Jonas Žemaitaitis said that he gave the council no ultimatum.\n\nThe politician reiterated that the party will leave if \"the agreement is not respected\".", [("the agreement is not respected", "Jonas Žemaitaitis")]),
    ("the_official_said_after_a_titled_name", "2016-05-02", "Minister Susana Malcorra spoke to reporters in Lima on Monday.\n\n“We have to go out into the world together,” the official said.", [("We have to go out into the world together,", "Susana Malcorra")]),
    ("the_congresswoman_affirmed_after_her_name", "2023-02-01", "Congresswoman Digna Calle spoke after the vote. The congresswoman affirmed that the country “cannot stand anymore”.", [("cannot stand anymore", "Digna Calle")]),
    ("the_age_and_ruler_after_a_president", "2024-01-16", "President Bernardo Arévalo sent a letter to the attorney general.\n\n“We are going to start the process there,” added the 65-year-old ruler.", [("We are going to start the process there,", "Bernardo Arévalo")]),
    ("the_veteran_lawmaker_said_after_an_mp", "2021-09-09", "MP Ahmad Rasoulinejad criticised the minister on Sunday. “No one can prevent an impeachment this time,” the veteran lawmaker said.", [("No one can prevent an impeachment this time,", "Ahmad Rasoulinejad")]),
    ("the_diplomat_with_no_person_in_view_is_unknown", "2019-03-01", "The embassy issued a note on Friday.\n\n“We are involved in this process,” the diplomat said.", [("We are involved in this process,", None)]),
    # An office and the country it serves: the country is not who speaks.
    ("the_leader_of_a_country_is_its_president_named_before", "2022-06-05", "President Kassym-Jomart Tokayev held a briefing.\n\n«Today is an important historical day for our country,» the leader of Kazakhstan said.", [("Today is an important historical day for our country,", "Kassym-Jomart Tokayev")]),
    ("the_leader_of_a_country_with_no_one_named_is_unknown", "2022-06-05", "«Today is an important historical day for our country,» the leader of Kazakhstan said.", [("Today is an important historical day for our country,", None)]),
    ("the_leader_of_another_country_is_not_the_pm_named", "2015-03-02", "Prime Minister John Key of New Zealand said the talks went well.\n\n“Today is an important day,” the leader of Chile said.", [("Today is an important day,", None)]),
    # (sixty-first round: read in t2197-t2236) A preposition opening a sentence is no part of a name.
    ("alongside_before_a_surname_is_no_name_in_nepal", "2023-03-10", "Alongside Mahato, another demonstrator was hurt.\n\n“This is a separate campaign,” Mahato said.", [("This is a separate campaign,", "Mahato")]),
    ("following_before_a_name_is_no_name", "2022-05-04", "Following Ana Costa, the mayor spoke. “The budget is fair,” Costa said.", [("The budget is fair,", "Ana Costa")]),
    ("without_inside_a_body_name_stays", "2019-09-09", "Reporters Without Borders (RSF) issued a statement. “Several journalists were detained,” RSF said.", [("Several journalists were detained,", "Reporters Without Borders")]),
    # A bare plural brings in people not named.
    ("bare_plural_parties_noting_is_unknown_in_japan", "2016-01-23", "Opposition parties blasted Prime Minister Shinzo Abe’s policy speech, noting, “He was touting his own horn.”", [("He was touting his own horn.", None)]),
    ("bare_plural_organisations_said_is_unknown", "2024-11-30", "Human rights organisations said the laws “have become a weapon against opponents”.", [("have become a weapon against opponents", None)]),
    ("bare_plural_critics_is_unknown", "2021-04-04", "Critics said the bill was “a power grab”.", [("a power grab", None)]),
    ("a_surname_ending_in_s_is_no_plural", "2021-01-16", "President Mahmoud Abbas met the envoy.\n\nAbbas said the leadership decided to hold elections “to end the internal split.”", [("to end the internal split.", "Mahmoud Abbas")]),
    # (sixty-second round: read in dev) A comma that opens a phrase no comma closes.
    ("unclosed_comma_statement_in_the_maldives", "2018-04-16", "The Maldivian Democratic Party (MDP), in a statement said that “the restoration of the 12 MPs is a victory”.", [("the restoration of the 12 MPs is a victory", "Maldivian Democratic Party")]),
    ("unclosed_comma_briefing_in_ghana", "2020-08-03", "Information Minister Kojo Oppong Nkrumah, during a press briefing on Monday said “the figures are clear”.", [("the figures are clear", "Kojo Oppong Nkrumah")]),
    ("unclosed_comma_police_in_nigeria", "2021-02-11", "Police, in a statement said “the suspects fled into the bush”.", [("the suspects fled into the bush", "Police")]),
    ("closed_comma_after_a_fronted_phrase_keeps_the_subject", "2021-02-11", "After meeting Ana Costa, in a statement the minister said “talks will go on”.", [("talks will go on", None)]),
    # A hyphenated rank below a title head is a title too.
    ("hyphenated_vice_chair_in_north_macedonia", "2024-01-24", "“We will vote against it,” VMRO-DPMNE Vice-Chair Vlado Misajlovski said.", [("We will vote against it,", "Vlado Misajlovski")]),
    ("hyphenated_lower_case_vice_chair", "2024-01-24", "“We will vote against it,” party vice-chair Vlado Misajlovski said.", [("We will vote against it,", "Vlado Misajlovski")]),
    ("hyphenated_deputy_governor_in_nigeria", "2019-03-02", "“The count was fair,” Deputy-Governor Rauf Aregbesola said.", [("The count was fair,", "Rauf Aregbesola")]),
    ("a_hyphenated_surname_is_no_rank", "2019-03-02", "“The count was fair,” said Amina Co-Ali.", [("The count was fair,", "Amina Co-Ali")]),
]

# (id, document date, text, expression, value)
DATES = [
    ("budget_then_a_year_is_the_year", "2021-11-24", "The MP criticised Putrajaya’s Budget 2022 allocation for Sabah.", "2022", "2022"),
    ("the_budget_then_a_year_in_lower_case", "2023-10-13", "Opposition leaders rejected the budget 2024 proposals tabled on Friday.", "2024", "2024"),
    ("the_deadline_is_sometime_in_a_month_is_ahead", "2019-11-25", "Since parliament was dissolved on November 6, the deadline is sometime in February.", "February", "2020-02"),
    ("the_vote_is_sometime_in_a_month_is_ahead", "2021-09-14", "The electoral commission says the vote is sometime in January.", "January", "2022-01"),
    ("would_have_before_a_weekday_is_past", "2024-08-23", "The push would have effectively been a reversal of a Constitutional Court decision on Tuesday, which upheld the minimum age.", "Tuesday", "2024-08-20"),
    ("would_have_voted_on_a_weekday_is_past", "2017-03-10", "Without the boycott, parliament would have voted on the bill on Wednesday.", "Wednesday", "2017-03-08"),
    ("days_given_until_a_weekday_told_in_the_past", "2019-05-30", "The bill passed after Netanyahu failed to form a new government in the 42 days given to him until Wednesday midnight.", "Wednesday", "2019-05-29"),
    ("has_given_until_a_weekday_is_ahead", "2019-05-30", "The president has given the coalition until Wednesday to agree on a cabinet.", "Wednesday", "2019-06-05"),
    ("only_to_be_slapped_keeps_the_past", "2008-01-22", "The party said it had received approval to stage the protest only to be slapped with a ban on Monday.", "Monday", "2008-01-21"),
    ("only_to_be_told_keeps_the_past", "2016-05-06", "The union applied for a permit to march, only to be informed on Tuesday that the march was banned.", "Tuesday", "2016-05-03"),
    ("a_financial_year_written_as_two_years", "2022-05-13", "The Government needs more time to complete the Budget Estimates for the Year 2022/2023.", "2022", "2022"),
    ("a_short_financial_year_in_the_budget", "2019-06-13", "Spending on schools rises in the fiscal year 2019/2020, the minister said.", "2019", "2019"),
    ("a_financial_year_after_in", "2025-03-03", "Revenue is projected to fall in 2025/2026, the treasury said.", "2025", "2025"),
    ("is_to_hold_in_a_city_comma_country_on_a_weekday", "2018-03-01", "The Joint Opposition is to hold a rally in Colombo, Sri Lanka on Tuesday.", "Tuesday", "2018-03-06"),
    ("will_rally_in_a_city_comma_country_comma_on_a_weekday", "2018-03-01", "The opposition will rally in Harare, Zimbabwe, on Saturday.", "Saturday", "2018-03-03"),
    ("rallied_in_a_city_comma_country_keeps_the_past", "2018-03-01", "The opposition rallied in Accra, Ghana, on Saturday.", "Saturday", "2018-02-24"),
    ("will_march_in_a_city_comma_country_on_a_weekday", "2022-09-14", "Farmers are to march in Lahore, Pakistan on Friday.", "Friday", "2022-09-16"),
    ("extending_into_christmas_is_the_day", "2023-12-28", "Voting was extended into Christmas in some remote areas.", "Christmas", "2023-12-25"),
    ("running_into_christmas_is_the_day", "2019-12-20", "The sitting will run into Christmas if the budget is not passed.", "Christmas", "2019-12-25"),
    ("a_courts_month_decision_is_the_nearest_one", "2012-05-23", "Monday's ruling reiterated the court's December decision that the cabinet was lawful.", "December", "2011-12"),
    ("the_month_ruling_is_a_date", "2019-03-10", "Lawyers said the January ruling would be appealed before the end of the year.", "January", "2019-01"),
    ("month_then_adjective_then_elections_with_a_plan_verb", "2017-03-25", "Protests have grown as the country prepares for November presidential elections.", "November", "2017-11"),
    ("month_then_parliamentary_elections_nearest", "2020-05-02", "He was barred from contesting August parliamentary elections.", "August", "2020-08"),
    ("plan_verb_right_after_the_date_points_ahead", "2024-02-05", "At least three days of protests culminating on Wednesday are expected across the country.", "Wednesday", "2024-02-07"),
    ("last_years_month_day_is_one_date", "2025-08-27", "The activists were detained just days before last year’s October 6 referendum on the plant.", "last year’s October 6", "2024-10-06"),
    ("asked_their_supporters_to_then_weekday_is_ahead", "2021-01-12", "Opposition leaders have asked their supporters to turn up in big numbers at polling stations on Thursday to vote.", "Thursday", "2021-01-14"),
    ("urge_to_then_weekday_is_ahead", "2020-12-05", "\"We urge everyone to rally on Sunday to protect the vote,\" said opposition leader Ion Rusu.", "Sunday", "2020-12-06"),
    ("list_of_days_after_a_month_day", "2019-08-14", "Police banned marches planned in Lusaka and Ndola on August 16, 19, 20 and 22, a spokesman said.", "20", "2019-08-20"),
    ("counted_days_earlier_anchored", "2025-02-04", "On January 30, the ministry published the list.\n\nTen days earlier, the new government revoked the decree.", "Ten days earlier", "2025-01-20"),
    ("counted_days_after_an_unvalued_offset_no_date", "2020-04-05", "The vote was held on March 2.\n\nNine days after the March 2 elections, mediators visited the capital.\n\nTwo days later, the commission made another declaration.", "Two days later", None),
    ("honorific_and_given_name_before_weekday_is_a_name", "2020-05-03", "The premier met the Opposition Leader, Dr. Ade Monday, about the electoral commission.", "Monday", None),
    ("annually_in_a_month_is_recurring", "2016-12-06", "The bloc's leaders annually hold a summit in December and a consultative meeting in May.", "December", None),
    ("can_points_ahead", "2020-11-04", "\"I can come to parliament on Thursday,\" the president told lawmakers.", "Thursday", "2020-11-05"),
    ("listed_weekday_follows_the_one_before", "2020-11-04", "\"I can come on Thursday, Friday, but not later,\" the president said.", "Friday", "2020-11-06"),
    ("by_the_end_of_a_month_is_a_deadline", "2021-06-15", "He announced a new round of talks between the two capitals by the end of July.", "the end of July", "2021-07"),
    ("a_day_earlier_anaphoric", "2019-10-27", "The president announced a new cabinet on Saturday.\n\nJust a day earlier, a million people had filled the capital's streets.", "a day earlier", "2019-10-25"),
    ("election_in_a_place_in_a_month", "2019-01-24", "The security chief said earlier in January that a foreign state \"is going to interfere\" with the parliamentary election in Israel in April.", "April", "2019-04"),
    ("said_weekday_after_last_week_is_the_report_day", "2008-05-28", "Police chose a softer approach to protests following clashes with students last week, a police spokesperson said Tuesday.", "Tuesday", "2008-05-27"),
    ("will_keeps_possessive_weekday_ahead", "2004-07-06", "Prime Minister Kenji Sato said Monday he will do his utmost to keep the party's 51 seats in Sunday’s upper house election.", "Sunday", "2004-07-11"),
    ("day_month_then_election_results_is_past", "2023-09-07", "The petition laid out similar complaints against the 25 February election results.", "25 February", "2023-02-25"),
    ("preparations_for_an_event_either_side", "2017-10-18", "They are accused of urging crowds to stop police officers halting preparations for the October 1st referendum.", "October 1st", "2017-10-01"),
    ("weekday_deadline_nearest", "2017-10-18", "The prime minister has given the regional leader a Thursday deadline to withdraw the bid.", "Thursday", "2017-10-19"),
    ("to_hold_an_event_on_weekday_plan", "2018-12-11", "Police have denied the opposition parties the right to hold a march on Friday over the pay rise.", "Friday", "2018-12-14"),
    ("day_after_an_event_not_the_last_date", "2017-04-20", "Reports say the minister may resign on May 4 when she meets donors in Geneva, the day after the budget vote.", "the day after", None),
    ("starting_weekday_either_side", "2019-08-20", "The president's office said he would hold talks with party leaders, starting Wednesday, to end the crisis.", "Wednesday", "2019-08-21"),
    ("that_last_night_conjunction", "2020-10-06", "The press office said that in his statement the president noted that last night, armed groups tried to seize the television station.", "last night", "2020-10-05"),
    ("come_month_idiom", "2020-06-15", "The commission promised a peaceful vote come December.", "December", "2020-12"),
    ("cancelled_weekday_possessive_event", "2021-05-23", "The governor cancelled Monday's budget sitting without explanation.", "Monday", "2021-05-24"),
    ("on_a_weekday_generic", "2021-05-23", "It was the first time the tribunal sat on a Sunday, when most shops are shut.", "Sunday", None),
    ("held_in_custody_not_event", "2020-01-10", "A judge in Nairobi ordered the three suspects to be held in custody on Tuesday pending trial.", "Tuesday", "2020-01-07"),
    ("between_now_and_a_year", "2017-05-01", "The minister listed the roads the government plans to build between now and 2019.", "2019", "2019"),
    ("between_now_and_a_month_looks_ahead", "2017-05-01", "The minister listed the roads the government plans to build between now and March.", "March", "2018-03"),
    ("day_number_in_brackets_after_today", "2019-06-20", "The party held two press conferences in Kandy today (20).", "20", "2019-06-20"),
    ("a_new_term_in_a_month_is_an_event_near_the_story", "2019-09-26", "The minister said on Thursday that the protests aimed at disrupting the inauguration of the president's new term in October.", "October", "2019-10"),
    ("will_call_for_a_weekday_looks_ahead", "2021-09-08", "The speaker said he will call for morning sessions on Tuesday and Wednesday in Amman.", "Tuesday", "2021-09-14"),
    ("joined_weekday_after_a_future_one_follows_it", "2021-09-08", "The speaker said he will call for morning sessions on Tuesday and Wednesday in Amman.", "Wednesday", "2021-09-15"),
    ("on_track_for_a_weekday_looks_ahead", "2017-06-21", "Fiji's general elections are on track for Saturday, the electoral commissioner told reporters in Suva.", "Saturday", "2017-06-24"),
    ("wire_dateline_day_before_the_story_date", "2023-03-04", "LAHORE, Mar 3 (Pakistan Wire): The opposition on Friday welcomed the court's decision.\n\nThe party leader said today's ruling had saved the constitution.", "today", "2023-03-03"),
    ("easter_sunday_with_last_month", "2016-04-12", "“The attack on Easter Sunday last month shocked the whole country,” the Lahore police chief said.", "Easter Sunday last month", "2016-03-27"),
    ("good_friday_nearest_the_story", "2023-04-11", "Thousands marched through Nairobi on Good Friday, the organisers said.", "Good Friday", "2023-04-07"),
    ("good_friday_agreement_is_no_day", "2023-04-11", "Leaders in Belfast marked the Good Friday Agreement with a speech.", "Good Friday", None),
    ("present_passive_of_an_irregular_verb_looks_ahead", "2023-02-10", "The opposition leader said the party would keep up the pressure until the poll is held in April.", "April", "2023-04"),
    ("the_month_of_a_month_is_one_expression", "2022-08-04", "The opposition in Lusaka wants to ensure the referendum is held in the month of October.", "the month of October", "2022-10"),
    ("upper_case_abbreviated_month_in_a_dateline", "2021-11-08", "BISHKEK/NOV. 7 2021 (Kabar) — Voters in Kyrgyzstan returned to the polls.", "NOV. 7 2021", "2021-11-07"),
    ("upper_case_abbreviated_month_without_stop", "2021-09-04", "DHAKA, SEPT 3 (BSS) — The commission met party leaders.", "SEPT 3", "2021-09-03"),
    ("weekday_glossed_nearest_the_gloss_day", "2022-11-03", "On Thursday the tribunal ordered the assembly to sit on Saturday (tomorrow) for the vote, the Lahore daily said.", "Saturday", "2022-11-05"),
    ("weekday_glossed_by_a_deictic_of_another_day", "2022-09-07", "“We will march on parliament this Friday (tomorrow),” the union leader told the Gaborone weekly.", "this Friday", "2022-09-09"),
    ("weekday_glossed_by_a_deictic_of_another_day_gloss", "2022-09-07", "“We will march on parliament this Friday (tomorrow),” the union leader told the Gaborone weekly.", "tomorrow", "2022-09-09"),
    ("last-month-and-day-is-that-day-past", "2025-02-19",  # India, Philippines
     "The remark came during a rally at the party office in Pune last February 13.", "February 13", "2025-02-13"),
    ("last-month-alone-is-the-month", "2025-02-19",  # guard: India
     "The party office in Pune opened last February.", "last February", "2024-02"),
    ("put-off-till-a-weekday-is-ahead", "2023-08-09",  # Sri Lanka, Maldives
     "The Colombo High Court on Wednesday put off till Friday hearing of a petition filed by the party leader.", "Friday", "2023-08-11"),
    ("a-weekly-weekday-is-no-date", "2011-01-29",  # Morocco, Tunisia
     "Anti-government protests have been staged in Rabat after weekly Friday prayers for the past three weeks.", "Friday", None),
    ("today-before-a-country-s-name-is-its-present-no-day", "2021-10-25",  # Tajikistan, Kazakhstan
     "“Today’s Tajikistan is not the country it was,” the president said.", "Today", None),
    ("the-yesterday-s-is-no-day", "2021-10-25",  # Tajikistan, Kazakhstan
     "“This country is different from the yesterday’s,” the president said.", "yesterday", None),
    ("today-s-vote-is-a-day", "2021-10-25",  # guard: Tajikistan
     "“Today’s vote was calm,” the president said.", "Today", "2021-10-25"),
    ("a-month-naming-unrest-is-the-one-past", "2012-06-04",  # Turkmenistan, Kazakhstan
     "Families crowded into the courtroom to hear verdicts in the trial over the deadly December clashes.", "December", "2011-12"),
    ("a-year-after-a-plural-possessive-is-a-year", "2021-11-26",  # Vanuatu, Fiji
     "Many resent the Marshall Islands' 2019 decision to end diplomatic ties with the island.", "2019", "2019"),
    ("a-year-after-a-lower-case-possessive-is-a-year", "2021-11-26",  # Vanuatu, Fiji
     "Many resent the government's 2019 decision to end diplomatic ties with the island.", "2019", "2019"),
    ("a-date-in-what-a-future-clause-follows-is-nearest", "2024-02-21",  # Armenia, Azerbaijan
     "A peace deal following the attacks of September 19 will reward aggression, the speaker said.", "September 19", "2023-09-19"),
    ("a-date-heading-a-future-clause-s-subject-is-ahead", "2024-02-21",  # guard: Armenia, Azerbaijan
     "The vote of September 19 will decide the peace deal, the speaker said.", "September 19", "2024-09-19"),
    ("this-weekday-later-in-the-week-told-in-the-past-is-the-one-just-past", "2019-09-02",  # Mexico, Guatemala
     "Thousands of protesters marched this Sunday in Guatemala City against the government.", "this Sunday", "2019-09-01"),
    ("a-plan-told-as-past-far-before-the-date-is-near", "2005-12-04",  # Kazakhstan, Kyrgyzstan
     "Monitors from the regional security body were due to give their verdict on the conduct of the vote at 4pm (1000 GMT) on Monday.", "Monday", "2005-12-05"),
    ("a-year-after-back-to-is-a-year", "2018-05-03",  # Barbados, Trinidad and Tobago
     "Every election I have seen in Trinidad going back to 1976 was fought on leadership.", "1976", "1976"),
    ("expected-out-on-points-ahead", "2024-03-14",  # Indonesia, Malaysia
     "The official results, expected out on Wednesday, will likely confirm the win.", "Wednesday", "2024-03-20"),
    ("a-weekday-glossed-by-tomorrow-is-tomorrow", "2014-08-18",  # Germany, Ukraine
     "We will report to our capitals first and then, during the course of Tuesday tomorrow, agree how to continue.", "Tuesday", "2014-08-19"),
    ("a-plan-for-a-weekday-followed-by-was-is-near", "2020-09-24",  # Malaysia, Thailand
     "He said an audience with the king slated for Tuesday was postponed because the king was unwell.", "Tuesday", "2020-09-22"),
    ("a-delay-verb-governing-a-date-sets-it-either-side", "2023-02-28",  # Uganda, Tanzania
     "Magistrate Ann Nabirye adjourned the case on March 3 to study the bail papers.", "March 3", "2023-03-03"),
    ("expected-in-before-a-month-points-ahead", "2014-08-20",  # Costa Rica, Panama
     "The report will guide the national plan, expected in November, the minister said.", "November", "2014-11"),
    ("a-present-progressive-points-ahead", "2024-09-15",  # Canada, Australia
     "Lawmakers are returning to the capital on Monday, and the opposition has vowed to force a vote.", "Monday", "2024-09-16"),
    ("would-after-a-weekday-in-reported-speech-points-ahead", "2017-04-18",  # Indonesia, Thailand
     "The minister said on Monday that any disruption to the capital’s election on Wednesday would be dealt with firmly.", "Wednesday", "2017-04-19"),
    ("a-parenthesis-is-no-clause-break-before-a-weekday", "2017-10-24",  # Austria, Mali
     "The party would begin talks with the Liberal Alliance (LA) on Wednesday, its leader said.", "Wednesday", "2017-10-25"),
    ("a-parenthesis-with-a-past-verb-gives-no-tense", "2021-03-02",  # Mali, Senegal
     "The council will meet the two unions (which struck last year) on Thursday.", "Thursday", "2021-03-04"),
    ("to-be-and-a-participle-points-ahead", "2023-07-31",  # Philippines, Indonesia
     "Hontiveros said the resolution to be adopted Tuesday condemns the incursions.", "Tuesday", "2023-08-01"),
    ("a-year-before-an-office-adjective-and-candidate", "2021-06-02",  # Malawi, Zambia
     "Former 2016 presidential candidate Lucy Banda joined the march on Tuesday.", "2016", "2016"),
    ("a-year-before-constitution", "2020-02-11",  # Zimbabwe, Kenya
     "Critics say the amendment guts the country’s 2013 constitution.", "2013", "2013"),
    ("may-after-set-for-is-the-month", "2021-02-02",  # Ecuador, Peru
     "The runoff, set for May after a recount, will go ahead, officials said.", "May", "2021-05"),
    ("a-month-of-the-same-year-takes-the-last-year", "2023-02-10",  # Azerbaijan, Georgia
     "The activist was arrested on 3 March 2021. In October of the same year, a court extended his detention.", "October of the same year", "2021-10"),
    ("years-ago-in-a-month-is-that-month", "2022-06-15",  # Thailand, Malaysia
     "The firm was wound up two years ago in March, the court heard.", "two years ago in March", "2020-03"),
    ("the-speech-day-is-the-speakers-own", "2021-05-08",  # Poland, Lithuania
     "Deputy Minister Anna Kowalczyk said on Saturday that the vote would go ahead.\n\n"
     "The cabinet announced on Friday that it would meet again next week.\n\n"
     "\"Today nobody is talking about a delay,\" Kowalczyk added.", "Today", "2021-05-08"),
    ("years-ago-today-is-that-day", "2021-06-16",  # United Kingdom, Ireland
     "The MP was murdered five years ago today, and her family marked the day.", "five years ago today", "2016-06-16"),
    ("can-be-expected-looks-ahead", "2019-11-15",  # Sri Lanka, Maldives
     "The first result can be expected by midnight on Saturday, the commission chairman disclosed on Wednesday.", "Saturday", "2019-11-16"),
    ("a-decision-to-act-in-a-month-is-the-nearest-month", "2024-04-26",  # Bahamas, Barbados
     "Asked why the decision was made to call the convention in June, he said there are several reasons.", "June", "2024-06"),
    ("a-weekday-given-name-is-no-date", "2021-05-31",  # Zambia, Ghana
     "Party candidate Sunday Mwale says the opposition will lose.", "Sunday", None),
    ("a-season-with-the-after-in-is-the-story-s-year", "2023-06-05",  # Poland, Greece
     "Opposition figures marched ahead of legislative elections in the autumn.", "the autumn", "2023"),
    ("the-fall-of-a-government-is-no-date", "2023-06-05",  # Greece, Poland
     "Crowds gathered in Athens to mark the anniversary, recalling events in the fall of the junta.", "the fall", None),
    ("a-day-before-a-dated-day-is-one-day-earlier", "2019-12-27",  # Botswana, South Africa
     "The court dismissed the petitions a day before Christmas Day.", "a day before Christmas Day", "2019-12-24"),
    ("the-day-after-a-month-day-is-one-day-later", "2021-05-10",  # Ghana, Nigeria
     "The results were announced the day after May 4.", "the day after May 4", "2021-05-05"),
    ("on-the-day-after-a-dated-day-is-that-day", "2023-06-26",  # Sierra Leone, Liberia
     "Voting was held across the country on Saturday, and the process was mostly peaceful on the day.", "the day", "2023-06-24"),
    ("on-the-day-a-clause-follows-is-no-anaphor", "2025-04-17",  # Tanzania, Kenya
     "Police said crowds were urged to turn out at the court on the day the opposition leader is expected to appear, set for Thursday.", "the day", None),
    ("a-weekday-in-brackets-after-a-dated-weekday-is-the-local-day", "2018-09-28",  # Cyprus, Greece
     "The leader is also set to meet the envoy on Friday evening (early Saturday morning Nicosia time).", "Saturday", "2018-09-29"),
    ("a-weekday-glossing-yesterday-keeps-its-own-reading", "2019-02-10",  # Ireland, United Kingdom
     "“It came out of the blue,” admitted the councillor when contacted by the paper yesterday (Monday).", "Monday", "2019-02-04"),
    ("a-weekday-s-event-with-a-past-relative-clause-is-past", "2013-05-12",  # Jordan, Lebanon
     "On Wednesday's session which culminated in a vote to expel the envoy, the minister said the cabinet would act.", "Wednesday", "2013-05-08"),
    ("a-weekday-s-event-that-was-is-past-despite-would", "2013-05-08",  # Malaysia, Indonesia
     "He said the opposition would soon produce evidence that Sunday’s elections were rife with fraud.", "Sunday", "2013-05-05"),
    ("after-a-gerund-the-weekday-is-the-nearest", "2020-10-24",  # Canada, United States
     "The candidate might consider three his lucky number after winning a seat on the band council Thursday night.", "Thursday", "2020-10-22"),
    ("a-weekday-inside-a-name-is-no-date", "2022-05-07",  # Northern Ireland, Ireland
     "“We will build on the Good Friday Agreement that we all signed up to,” she said.", "Friday", None),
    ("a-plan-told-in-the-past-lies-either-side", "2022-05-05",  # Armenia, Georgia
     "Reporters asked whether ministers knew what the premier was going to announce Wednesday in parliament.", "Wednesday", "2022-05-04"),
    ("the-speech-day-is-the-day-a-speech-verb-governs", "2022-05-05",  # Armenia, Kazakhstan
     "The faction's secretary stated this Thursday at the weekly briefing that the opposition was divided.\n\n"
     "Reporters asked about the speech the premier gave in parliament on Tuesday.\n\n"
     "\"Yesterday's walkout changed nothing for us,\" the secretary said.", "Yesterday", "2022-05-04"),
    ("a-spoken-day-two-paragraphs-back-is-the-speech-day", "2015-03-15",  # Maldives, Sri Lanka
     "The former president was arrested on Feb. 22 and his appeal was rejected Sunday.\n\n"
     "\"He is guilty of ordering the arrest,\" the judge said on Friday.\n\n"
     "Lawyers for the defence quit during the trial, citing bias.\n\n"
     "\"I appeal to all of you today to stay courageous and strong,\" the former president said.", "today", "2015-03-13"),
    ("may-day-is-the-first-of-may", "2019-05-03",  # Canada, United Kingdom
     "Protesters carried a guillotine to the legislature on May Day.", "May Day", "2019-05-01"),
    ("a-day-number-in-brackets-after-a-weekday", "2022-03-15",  # Sri Lanka, Maldives
     "The opposition protested opposite the President's Office on Tuesday (15) and marched on.", "15", "2022-03-15"),
    ("the-night-before-a-dated-day", "2019-10-19",  # Lebanon, Jordan
     "Protesters returned on Friday, October 18, after clashes the night before.", "the night before", "2019-10-17"),
    ("that-evening-after-a-dated-day", "2020-12-03",  # Hong Kong, Macau
     "The court heard the case on December 2. The department issued a statement that evening.", "that evening", "2020-12-02"),
    ("a-weekday-in-apposition-to-tomorrow", "2023-07-27",  # Bangladesh, Nepal
     "The party will hold its rally in the capital at 2:00pm tomorrow, Friday.", "Friday", "2023-07-28"),
    ("delayed-until-a-weekday", "2014-02-08",  # Guatemala, Honduras
     "Lawmakers met Thursday but the vote was delayed until Monday.", "Monday", "2014-02-10"),
    ("election-day-after-the-elections-today", "2016-05-09",  # Philippines, Indonesia
     "The commission is ready for the elections today.\n\n“On Election Day, we will be ready,” he said.", "Election Day", "2016-05-09"),
    ("a-bare-day-number-after-on-the-before-and", "2017-10-09",  # Kenya, Uganda
     "\"The court has clarified that the commission shall oversee the elections on the 26 and that is it,\" he said.", "the 26", "2017-10-26"),
    ("are-to-before-until-a-weekday", "2024-10-08",  # Taiwan, Japan
     "The delegation arrived yesterday. They are to stay until Friday.", "Friday", "2024-10-11"),
    ("a-fronted-weekday-then-should-after-a-long-subject", "2024-04-18",  # Solomon Islands, Vanuatu
     "“By early Monday, most of the (provincial) constituency results should be out,” he said.", "Monday", "2024-04-22"),
    ("a-weekday-joined-to-a-later-one-that-points-ahead", "2024-04-18",  # Solomon Islands, Fiji
     "“I expect that late Sunday or early Monday, most of the results should be out,” he said.", "Sunday", "2024-04-21"),
    ("a-month-joined-to-the-month-before", "2021-02-23",  # Nepal, Peru
     "He called for elections in April and May, the party said.", "May", "2021-05"),
    ("must-points-ahead", "2023-12-14",  # Guatemala, Zambia
     "The court ruled that the officials elected this year must take office in January.", "January", "2024-01"),
    ("a-month-after-a-possessive-before-an-event", "2022-12-07",  # United States, Kenya
     "Results from Nevada's November midterm election are official.", "November", "2022-11"),
    ("a-month-after-my-before-a-message", "2023-01-19",  # Kazakhstan, Uzbekistan
     "“In my September message, I presented a timetable,” the president said.", "September", "2022-09"),
    ("a-term-in-brackets", "2024-10-01",  # Bolivia, Chile
     "Police clashed with followers of former president Juan Rojas (2006-2019), who blocked roads.", "2006-2019", "2006"),
    ("a-bare-month-before-plural-events", "2025-06-06",  # Bolivia, Malawi
     "The minister accused him of ordering the blockades after a ban on him contesting August elections.", "August", "2025-08"),
    ("no-later-than-a-month-is-ahead", "2016-06-01",  # Romania, Kenya
     "We demand a referendum no later than July, the protesters said.", "July", "2016-07"),
    ("come-before-a-year", "2016-06-01",  # Fiji, Ghana
     "He urged voters to work with him so that come 2018, the country is united.", "2018", "2018"),
    ("a-year-after-a-possessive-before-a-noun", "2012-10-30",  # Rwanda, Cambodia
     "Thousands were killed in the country’s 1979 famine, and Rwanda’s 1994 genocide followed.", "1994", "1994"),
    ("a-month-with-a-possessive-names-its-event", "2021-05-17",  # Samoa, Peru
     "The court found that matters relating to April's election were still unresolved.", "April", "2021-04"),
    ("a-month-day-of-last-year", "2025-11-27",  # South Korea, Ghana
     "The raid took place on Dec. 3 of last year, the court heard.", "Dec. 3 of last year", "2024-12-03"),
    ("the-day-after-tomorrow", "2024-12-05",  # Malaysia, Nigeria
     "The talks will resume the day after tomorrow, the minister said.", "the day after tomorrow", "2024-12-07"),
    ("a-fronted-date-before-a-past-clause", "2020-04-25",  # Trinidad and Tobago, Fiji
     "At a news conference on August 22, the minister said the borders had closed.", "August 22", "2019-08-22"),
    ("should-points-ahead", "2022-03-26",  # Ghana, Mali
     "The bloc said the junta should publish a timetable by the end of April.", "the end of April", "2022-04"),
    ("ready-by-a-weekday-after-said-is-near", "2024-07-16",  # Zimbabwe
     "Justice Moyo said the ruling should be ready by Thursday.", "Thursday", "2024-07-18"),
    ("before-a-weekday-after-shall-is-ahead", "2024-07-16",  # Zimbabwe
     "“The judgement shall be handed down before Thursday,” the lawyer said.", "Thursday", "2024-07-18"),
    ("commit-before-a-weekday-is-ahead", "2024-09-11",  # Canada
     "He challenged the party to commit to do so before Monday’s byelections.", "Monday", "2024-09-16"),
    ("by-a-month-after-a-decision-to-hold-is-ahead", "2011-02-18",  # Palestine
     "The leadership decided to hold elections by September in the West Bank.", "September", "2011-09"),
    ("weekday-gloss-confirms-tomorrow", "2020-06-05",  # Zimbabwe
     "“Our leaders arrested today will appear in court tomorrow (Saturday),” the spokesperson said.",
     "Saturday", "2020-06-06"),
    ("tomorrow-glossed-by-its-own-weekday-keeps-its-day", "2021-09-09",  # Malawi
     "The accused will appear before the magistrate tomorrow (Friday).", "tomorrow", "2021-09-10"),
    ("a-planned-march-takes-the-clause-tense", "2019-01-27",  # Senegal
     "Police blocked a planned opposition march in Dakar on Friday and fired tear gas.", "Friday", "2019-01-25"),
    ("a-scheduled-rally-takes-the-clause-tense", "2022-05-16",  # Sri Lanka
     "Officers broke up a scheduled rally near the parliament on Saturday.", "Saturday", "2022-05-14"),
    ("is-to-be-sworn-in-is-ahead", "2019-10-25",  # Portugal
     "A minority government such as the one that is to be sworn in on Saturday must negotiate.", "Saturday", "2019-10-26"),
    ("are-to-be-announced-is-ahead", "2021-03-02",  # Nigeria
     "The results are to be announced on Thursday, the commission said.", "Thursday", "2021-03-04"),
    ("setting-the-scene-for-a-weekday-is-near", "2022-08-17",  # Vanuatu
     "The reporter said yesterday that the head of state had declined the request, setting the scene for a "
     "showdown in Parliament on Friday.", "Friday", "2022-08-19"),
    ("setting-the-stage-for-a-weekday-is-near", "2023-03-14",  # Kenya
     "The speaker rejected the motion on Monday, setting the stage for a walkout on Thursday.", "Thursday", "2023-03-16"),
    ("given-until-a-weekday-is-a-deadline-ahead", "2019-10-19",  # Lebanon
     "The premier has given his coalition until Monday evening to commit to the reforms.", "Monday", "2019-10-21"),
    ("gave-until-a-weekday-is-a-deadline-ahead", "2021-05-04",  # Peru
     "The court gave the electoral board until Friday to publish the count.", "Friday", "2021-05-07"),
    ("will-succeed-is-no-past-tense", "2015-12-22",  # Haiti
     "The winner will succeed President Michel Martelly in February.", "February", "2016-02"),
    ("will-proceed-is-no-past-tense", "2018-11-20",  # Ghana
     "The commission said the hearing would proceed in March.", "March", "2019-03"),
    ("this-week-then-last-weekday-keeps-last", "2022-09-09",  # United States
     "Reporters asked senators this week about last Sunday’s referendum in Chile.", "last Sunday", "2022-09-04"),
    ("election-day-after-two-joined-vote-adjectives", "2020-06-20",  # Dominican Republic
     "The board is ready for the 5 July 2020 presidential and congressional elections.\n\n"
     "He urged voters to stay calm on election day.", "election day", "2020-07-05"),
    ("a-year-between-an-adjective-and-a-noun", "2019-05-02",  # Colombia
     "Rebels who rejected the historic 2016 accord are still armed.", "2016", "2016"),
    ("the-ordinal-day-before-that", "2024-06-12",  # South Korea
     "The party announced on the 11th that it would table the motion.", "the 11th", "2024-06-11"),
    ("present-passive-before-a-month-is-a-timetable", "2016-11-20",  # Haiti
     "It is unclear who will lead before the Senate is dissolved in January.", "January", "2017-01"),
    ("a-past-verb-for-the-month-event", "2015-08-30",  # Tanzania
     "Forty candidates were disqualified for the October elections.", "October", "2015-10"),
    ("this-afternoon-is-the-day", "2022-07-04",  # Trinidad and Tobago
     "The commissioner will brief the press this afternoon at the ministry.", "this afternoon", "2022-07-04"),
    ("weekday-after-this-week-is-in-that-week", "2021-03-09",  # Ecuador
     "The president urged the assembly to vote this week, on Thursday or Friday, to end the doubt.",
     "Thursday", "2021-03-11"),
    ("month-comma-year", "2014-02-03",  # Bahrain
     "He has been in prison since March, 2011 after the protests.", "March, 2011", "2011-03"),
    ("two-days-joined-by-and-before-the-year", "2024-11-20",  # Kazakhstan
     "The state visit will take place on November 27 and 28, 2024 in Astana.", "November 27 and 28, 2024", "2024-11-27"),
    ("and-before-a-count-is-no-second-day", "2023-06-02",  # Zimbabwe
     "On May 17 and 20 people were hurt in the clashes.", "May 17", "2023-05-17"),
    ("near-future-day-over-a-past-tense", "2020-08-27",  # Nigeria
     "The commission was fully prepared for the September 19 governorship election.", "September 19", "2020-09-19"),
    ("near-future-day-abbreviated", "2019-11-27",  # Pakistan
     "The court reserved its decision to announce the verdict on Nov 28.", "Nov 28", "2019-11-28"),
    ("may-points-ahead", "2013-09-24",  # Switzerland
     "Talks may resume in Geneva in October, the minister said.", "October", "2013-10"),
    ("participle-before-by-is-no-tense", "2004-06-21",  # India
     "The envoys would meet in Delhi on June 27-28 followed by a meeting of the ministers in August.",
     "August", "2004-08"),
    ("weekday-this-week", "2019-06-26",  # Zimbabwe
     "The prosecutor had said the trial will commence on Monday this week.", "Monday this week", "2019-06-24"),
    ("weekday-then-day-and-month", "2018-09-13",  # Nigeria
     "The governorship election would hold on Saturday 22nd September.", "Saturday 22nd September", "2018-09-22"),
    ("day-range-before-the-month", "2018-07-27",  # Cambodia
     "The campaign lasts for 21 days from 7-27 July 2018.", "7-27 July 2018", "2018-07-07"),
    ("year-before-an-event-noun", "2018-09-13",  # Nigeria
     "The commission denied it planned to postpone 2019 general elections.", "2019", "2019"),
    ("future-weekday-equal-to-the-story-day", "2020-06-06",  # United States, a Saturday
     "A rally will be held at noon Saturday outside City Hall.", "Saturday", "2020-06-06"),
    ("early-in-a-month", "2019-07-20",  # Afghanistan
     "His case reached the Supreme Court early in January 2019.", "early in January 2019", "2019-01"),
    ("would-quit-points-ahead", "2018-01-08",  # a Monday
     "He said he would quit on Wednesday.", "Wednesday", "2018-01-10"),
    ("scheduled-keeps-the-future", "2018-08-01",
     "The hearing is scheduled for July 16.", "July 16", "2019-07-16"),
    ("day-of-month-with-of", "2020-07-30",  # Zimbabwe
     "The demonstration is set for tomorrow the 31st of July.", "31st of July", "2020-07-31"),
    ("coordinated-day-of-the-same-month", "2025-02-17",  # Pakistan
     "The hearings, which were scheduled for February 17 and 19, were rescheduled.", "19", "2025-02-19"),
    ("plan-that-has-passed-is-the-nearest", "2025-02-17",  # Pakistan
     "The hearing, originally slated for February 15, was postponed.", "February 15", "2025-02-15"),
    ("past-delay-to-a-month-is-the-nearest", "2018-08-27",  # Cayman Islands
     "The trial was adjourned until April because of the lawyers' schedules.", "April", "2018-04"),
    ("ready-to-points-ahead", "2019-02-20",  # Nigeria, a Wednesday
     "INEC said it is ready to conduct the rescheduled presidential elections on Saturday.", "Saturday",
     "2019-02-23"),
    ("will-far-back-in-the-clause", "2023-03-19",  # Nepal, a Sunday
     "The premier is confident that he will comfortably win a vote of confidence in the House of Representatives"
     " on Monday.", "Monday", "2023-03-20"),
    ("past-verb-right-after-the-date", "2023-03-20",  # Kenya
     "His supporters claim that the presidential election of August 9 was stolen.", "August 9", "2022-08-09"),
    ("day-then-abbreviated-month-and-year", "2021-09-10",  # Pakistan
     "The election tribunal will announce its verdict on 14th Sep, 2021, the registrar said.", "14th Sep, 2021",
     "2021-09-14"),
    ("day-then-abbreviated-month-with-stop", "2016-03-01",  # Oman
     "The ceasefire was signed on 2 Feb. 2016 in Muscat.", "2 Feb. 2016", "2016-02-02"),
    ("today-stays-apart-from-the-weekday", "2021-03-04",  # Kenya
     "Speaking to reporters in Nairobi today, Thursday, March 4, 2021, the commissioner said the tally was complete.", "today", "2021-03-04"),
    ("weekday-after-today-joins-the-date", "2021-03-04",  # Kenya
     "Speaking to reporters in Nairobi today, Thursday, March 4, 2021, the commissioner said the tally was complete.", "Thursday, March 4, 2021", "2021-03-04"),
    ("passive-after-will-be-points-ahead", "2022-02-10",  # Ghana
     "The finance minister said the mid-year budget will be presented to Parliament in November.", "November",
     "2022-11"),
    ("a-request-to-points-ahead", "2021-05-12",  # Lebanon, a Wednesday
     "Lawmakers rejected the speaker's request to convene parliament on Saturday.", "Saturday", "2021-05-15"),
    ("later-before-a-weekday-is-a-time-of-day", "2020-06-02",  # United States, a Tuesday
     "The governor said later Tuesday that the curfew would be lifted.", "Tuesday", "2020-06-02"),
    ("year-range-with-to", "2023-05-04",  # Philippines
     "The audit covered funds released from 2010 to 2016, the commission said.", "2010 to 2016", "2010"),
    ("year-range-with-a-dash", "2019-08-12",  # Kenya
     "Several members of the 2013-2017 parliament were charged.", "2013-2017", "2013"),
    ("month-before-an-event-noun-ahead", "2021-11-15",  # Egypt
     "The three journalists will stay in custody until the January trial.", "January", "2022-01"),
    ("month-before-an-event-noun-past", "2019-07-03",  # Indonesia
     "Turnout was lower than expected in the April elections, the commission said.", "April", "2019-04"),
    ("months-ago-counted-back", "2021-03-15",  # Spain
     "The referendum held 18 months ago split the region.", "18 months ago", "2019-09"),
    ("days-ago-in-words", "2016-05-04",  # Uganda
     "He was arrested two days ago in Kampala.", "two days ago", "2016-05-02"),
    ("ordinal-month-of-next-year", "2022-08-18",  # Malaysia
     "Parliament must sit again by the third month of next year, the commission said.",
     "the third month of next year", "2023-03"),
    ("ordinal-month-that-is-the-story-month", "2021-09-10",  # Ghana
     "We are in the ninth month and no budget has been passed.", "the ninth month", "2021-09"),
    ("timetable-in-the-present-lies-ahead", "2022-05-10",  # Kenya, a Tuesday
     "The nomination period, which closes on Friday, has drawn twelve candidates.", "Friday", "2022-05-13"),
    ("weekday-after-today-and-lies-ahead", "2019-03-14",  # Argentina, a Thursday
     "The two former ministers were summoned to testify today and Monday.", "Monday", "2019-03-18"),
    ("weekday-in-apposition-to-the-date", "2023-11-15",  # Bangladesh
     "The commission fixed polling for January 7, a Sunday, after talks with the parties.", "Sunday",
     "2024-01-07"),
    ("year-coordinated-with-a-year", "2022-04-02",  # India
     "Elections were held in 2014 and 2019 under the same law.", "2019", "2019"),
    ("years-later-from-the-year-before-it", "2023-02-01",  # Turkey
     "The general was ousted in 1980 and put on trial two years later.", "two years later", "1982"),
    ("same-day-years-later", "2024-01-10",  # Slovakia
     "The treaty was signed on March 3, 1994, and voters will return to the polls on the same day 30 years later.",
     "the same day 30 years later", "2024-03-03"),
    ("commit-to-points-ahead", "2021-03-01",  # Kenya, a Monday
     "The Speaker told MPs he could not commit to tabling the finance bill before Thursday.", "Thursday",
     "2021-03-04"),
    ("plan-told-in-the-past-is-the-nearest", "2018-01-20",  # Nigeria
     "The report was due on January 14 but was delayed.", "January 14", "2018-01-14"),
    ("delay-told-in-the-past-perfect", "2019-05-10",  # Ghana
     "The court had on April 29 adjourned the case to May 6.", "May 6", "2019-05-06"),
    ("infinitive-of-a-timetable-verb", "2019-05-10",  # Thailand
     "Elections are slated for later this year, with campaigning to begin in August.", "August", "2019-08"),
    ("failed-to-begin-stays-past", "2019-06-26",  # Zimbabwe, a Wednesday
     "They challenged further remand after their trial failed to commence on Monday.", "Monday", "2019-06-24"),
    ("tonight-is-the-story-day", "2018-06-28",  # Fiji
     "The party will announce its candidates tonight.", "tonight", "2018-06-28"),
    ("abbreviated-month-and-year", "2025-01-20",  # Serbia
     "Protests have gone on since Nov. 2024, when a canopy collapsed.", "Nov. 2024", "2024-11"),
    ("season-of-this-year", "2021-03-01",  # Estonia
     "The ministers will meet again this summer.", "this summer", "2021"),
    # The rules that must not move a date:
    ("quit-on-wednesday-is-past", "2018-01-08",
     "He quit on Wednesday.", "Wednesday", "2018-01-03"),
    ("past-month-with-the-verb-after-it-stays-past", "2018-01-15",
     "The Supreme Court in March dissolved the party.", "March", "2017-03"),
    ("recent-past-day-stays-past", "2018-01-15",
     "Police detained him on January 3.", "January 3", "2018-01-03"),
    ("month-ahead-with-a-past-verb-stays-past", "2018-08-27",
     "The trial began in September after he pleaded not guilty.", "September", "2017-09"),
    ("postponed-to-a-weekday-lies-ahead", "2020-07-30",  # Zimbabwe, a Thursday
     "The hearing was postponed to Monday.", "Monday", "2020-08-03"),
    ("passive-after-been-stays-past", "2022-02-10",  # Ghana, a Thursday
     "He said the results had been announced on Monday.", "Monday", "2022-02-07"),
    ("committed-to-prison-stays-past", "2021-03-01",  # Kenya, a Monday
     "The former governor was committed to prison on Thursday.", "Thursday", "2021-02-25"),
    ("day-month-comma-year-without-space", "2022-03-14",  # Ghana
     "The levy took effect on 3rd March,2022, the minister said.", "3rd March,2022", "2022-03-03"),
    ("a-call-for-an-action-is-near", "2022-05-10",  # Sri Lanka, a Tuesday
     "Trade unions called for a nationwide hartal on Thursday to demand the cabinet's resignation.",
     "Thursday", "2022-05-12"),
    ("end-of-the-year-is-the-story-year", "2024-03-18",  # Kenya
     "The commission hopes to complete the boundaries review before the end of the year.",
     "the end of the year", "2024"),
    ("end-of-the-year-after-a-named-year", "2024-03-18",  # Kenya
     "The audit began in 2019 and ended at the close of the year.", "the close of the year", "2019"),
    ("between-two-months-of-last-year", "2023-02-07",  # Philippines
     "The senator said the funds were released between March and June last year.",
     "March and June last year", "2022-03"),
    ("between-months-across-a-new-year", "2019-01-21",  # Bangladesh
     "Polling officials were trained between November and January, the commission said.",
     "November and January", "2018-11"),
    ("reported-speech-date-followed-by-will", "2016-05-11",  # Peru
     "The electoral body said on Tuesday that October 9 will be the date of the local polls.",
     "October 9", "2016-10-09"),
    ("a-fixed-date-is-a-plan", "2021-05-03",  # Ghana
     "The electoral body had fixed October 2 for the district assembly polls.",
     "October 2", "2021-10-02"),
    ("possessive-weekday-is-the-nearest", "2019-03-01",  # Senegal, a Friday
     "Monitors said irregularities could mar Sunday's presidential vote.",
     "Sunday", "2019-03-03"),
    ("month-year-range-from-to", "2023-08-14",  # Malaysia
     "The dry spell is forecast to last from June 2023 to February 2024, the agency said.",
     "June 2023 to February 2024", "2023-06"),
    ("month-year-change-stays-two-dates", "2020-04-02",  # Malawi
     "The commission moved the local polls from May 2020 to June 2021.", "June 2021", "2021-06"),
    ("month-before-a-runoff-after-a", "2022-10-03",  # Brazil
     "Neither candidate won a majority, forcing an October runoff between them.", "October", "2022-10"),
    ("month-day-year-after-a-bare-comma", "2023-04-02",  # Ghana
     "Aspirants will submit their forms by June 9th,2023 at the party office.", "June 9th,2023", "2023-06-09"),
    ("listed-years-after-a-comma", "2021-06-02",  # Kenya
     "He contested the seat in 2007, 2013 and 2017 without success.", "2013", "2013"),
    ("listed-year-not-a-count", "2021-06-02",  # Kenya
     "The army deployed in 2017, 2000 troops were sent north.", "2017", "2017"),
    ("far-past-day-gives-way-to-three-months-ahead", "2022-05-20",  # Philippines
     "The council said the plebiscite was fixed for August 14 after weeks of delay.", "August 14", "2022-08-14"),
    ("far-past-day-with-a-participle-cue", "2019-03-02",  # Nigeria
     "The run-off, rescheduled by the commission and announced for May 25, drew complaints.", "May 25", "2019-05-25"),
    ("irregular-past-over-an-intention", "2019-10-10",  # Uganda, a Thursday
     "\"We do not want to repeat what we saw on Tuesday,\" the MP said.", "Tuesday", "2019-10-08"),
    ("irregular-past-participle-after-be-skipped", "2019-10-10",  # Uganda, a Thursday
     "The rally will be held on Saturday near the stadium.", "Saturday", "2019-10-12"),
    ("likely-to-points-ahead", "2022-07-13",  # Kenya, a Wednesday
     "The two suspects are likely to be arraigned on Monday, police sources said.", "Monday", "2022-07-18"),
    ("fronted-weekday-takes-the-clause-future", "2022-07-13",  # Kenya, a Wednesday
     "By Friday, the commission will publish the final register.", "Friday", "2022-07-15"),
    ("fronted-weekday-with-a-said-stays-past", "2022-07-13",  # Kenya, a Wednesday
     "On Monday, Odinga said he will appeal the ruling.", "Monday", "2022-07-11"),
    ("repeated-month-day-keeps-the-first-year", "2024-11-20",  # Ghana
     "The run-off will take place on 14 March. Officials said no date other than 14 March was discussed.",
     "14 March", "2025-03-14"),
    ("month-day-range-with-to", "2023-05-02",  # Kenya
     "Delegates will meet in Mombasa from June 3 to 5, the secretariat announced.", "June 3 to 5", "2023-06-03"),
    ("day-month-range-with-to", "2023-05-02",  # India
     "Nominations will be accepted from 22 to 24 May at the district office.", "22 to 24 May", "2023-05-22"),
    ("bare-month-with-next-year", "2023-09-19",  # South Africa
     "The party asked the court to move the by-elections to March next year.", "March next year", "2024-03"),
    ("bare-month-with-last-year", "2023-09-19",  # Zambia
     "The trial was moved to November last year after the judge fell ill.", "November last year", "2022-11"),
    ("bare-month-before-will", "2023-05-02",  # Indonesia
     "Registration for the governor race in October will open on Monday.", "October", "2023-10"),
    ("weekday-before-will", "2023-05-02",  # Indonesia, a Tuesday
     "The rally on Saturday will start at the national monument.", "Saturday", "2023-05-06"),
    ("bare-year-after-for-at-clause-end", "2023-11-08",  # Ireland
     "The minister said the council had not yet set its housing targets for 2024.", "2024", "2024"),
    ("season-of-a-year", "2023-04-11",  # Ireland
     "The coalition collapsed in the autumn of 2019, senators recalled.", "the autumn of 2019", "2019"),
    ("last-night-is-the-day-before", "2014-02-19",  # United Kingdom
     "Twenty Labour MPs rebelled against the whip last night over the housing bill.", "last night", "2014-02-18"),
    ("relative-day-glossed-in-brackets", "2018-10-09",  # Nigeria, a Tuesday
     "“We had to call off today’s (Monday) march because the police blocked the route,” said Musa Bello.",
     "today", "2018-10-08"),
    ("day-range-with-a-comma-before-to", "2023-06-02",  # Zimbabwe
     "Voter roll inspection will run from August 2nd, to 9th, 2024 at all polling stations.",
     "August 2nd, to 9th, 2024", "2024-08-02"),
    ("election-day-is-the-dated-vote", "2022-11-21",  # United States
     "County clerks began a hand count of the ballots from the November 8 election on Monday.\n\n"
     "“Some ballots were never scanned on Election Day,” clerk Ann Weber said.", "Election Day", "2022-11-08"),
    ("on-polling-day-is-the-dated-vote", "2024-11-30",  # Ghana
     "Observers will be deployed for the December 7 polls.\n\nThe commissioner said officers would be at"
     " every station on polling day.", "polling day", "2024-12-07"),
    ("new-year-eve-nearest-the-story", "2021-01-02",  # Nigeria
     "Activists had called for a candle procession on New Year eve in the capital.", "New Year eve", "2020-12-31"),
    ("boxing-day-with-its-year", "2020-05-20",  # Kenya
     "The protests began on Boxing Day 2019 in the capital.", "Boxing Day 2019", "2019-12-26"),
    ("adjournment-for-a-weekday-is-ahead", "2022-05-09",  # Pakistan, a Monday
     "Defence counsel sought an adjournment for Thursday, citing illness.", "Thursday", "2022-05-12"),
    ("month-of-year", "2023-03-14",  # United States
     "The governor said the new courthouse would not open before September of 2025.", "September of 2025", "2025-09"),
    ("abbreviated-weekday-joins-the-date", "2023-03-01",  # Jamaica
     "KINGSTON, Jamaica, Wed. Mar. 1, 2023: The opposition has called a rally.", "Wed. Mar. 1, 2023", "2023-03-01"),
    ("year-after-into", "2021-12-28",  # Barbados
     "“We cannot go into 2022 as a divided country,” the prime minister said.", "2022", "2022"),
    ("dateline-month-in-capitals", "2019-03-04",  # Azerbaijan
     "BAKU, MARCH 4, AZERTAC. The foreign minister met his Georgian counterpart.", "MARCH 4", "2019-03-04"),
    ("event-month-with-no-tense-is-nearest", "2021-04-06",  # Peru
     "The former president, who leads the polls for the October vote, rallied supporters in Lima.",
     "October", "2021-10"),
    ("election-in-a-month-with-no-tense-is-nearest", "2013-06-07",  # Bhutan
     "Preparations for the election in mid-November are under way, the commission says.", "mid-November", "2013-11"),
    ("event-month-after-a-past-verb-stays-past", "2022-10-20",  # South Korea
     "Lee narrowly lost the presidential election in March.", "March", "2022-03"),
    ("repeated-month-day-follows-a-later-firm-mention", "2022-07-26",  # Nepal
     "The vote could take place on November 20, officials said.\n\nThe cabinet will meet to fix November 20 as"
     " polling day.\n\nParties had agreed on November 20 at an earlier meeting.", "November 20", "2022-11-20"),
    ("far-past-month-day-beside-a-firm-date", "2025-03-05",  # Philippines
     "The trial is scheduled to open on July 30, after newly elected senators took their oath on July 29.",
     "July 29", "2025-07-29"),
    ("that-month-takes-the-sentences-year", "2021-03-01",  # Sri Lanka
     "The tribunal opened in June 2019, but hearings stopped that August amid protests.", "that August", "2019-08"),
    ("ordinal-day-alone-ahead", "2022-03-10",  # Kenya
     "The team will travel to Kisumu on the 21st for the county review.", "the 21st", "2022-03-21"),
    ("ordinal-day-alone-back", "2022-03-10",  # Kenya
     "The petition was filed on the 28th, a day before the deadline.", "the 28th", "2022-02-28"),
    ("week-of-a-month-is-the-month", "2013-06-07",  # Bhutan
     "The polls will take place in the second week of December, the commission said.",
     "the second week of December", "2013-12"),
    ("early-after-a-span-is-no-modifier", "2013-06-07",  # Morocco
     "The party congress will now be held two months early in March.", "March", "2014-03"),
    ("future-cue-on-a-day-just-past", "2015-05-06",  # Georgia
     "“On May 3, the delegation will meet the prime minister,” the minister said.", "May 3", "2015-05-03"),
    ("the-day-after-the-vote", "2009-12-21",  # Kazakhstan
     "The vote is on 27 December. Results are due on 30 December.\n\nThe count starts the day after the vote.",
     "the day after the vote", "2009-12-28"),
    ("the-day-following-the-election-date", "2009-12-21",  # Kazakhstan
     "Officials briefed observers on the elections, which will be held on 27 December.\n\nThe mission will"
     " report on the day following the election date.", "the day following the election date", "2009-12-28"),
    ("results-of-a-dated-vote-are-past", "2019-12-21",  # Malawi
     "The petitioners want the court to nullify the results of the May 21 elections.", "May 21", "2019-05-21"),
    ("outcome-of-a-near-vote-ahead", "2019-02-20",  # Senegal
     "Observers will wait for the outcome of the March 3 vote.", "March 3", "2019-03-03"),
    ("date-after-an-appositive-takes-the-clause-tense", "2023-06-14",  # Thailand, a Wednesday
     "The minister will meet Somchai Wong, the opposition leader, on Friday.", "Friday", "2023-06-16"),
    ("considering-to-points-ahead", "2023-06-14",  # Japan, a Wednesday
     "The cabinet is considering to table the bill on Tuesday.", "Tuesday", "2023-06-20"),
    ("preparing-for-points-ahead", "2016-04-14",  # Zimbabwe, a Thursday
     "Police said on Tuesday that officers were busy preparing for Saturday's national day parade.",
     "Saturday", "2016-04-16"),
    ("since-an-event-month-is-past", "2023-09-15",  # Spain
     "The party has been in turmoil since the October vote.", "October", "2022-10"),
    ("go-to-the-polls-is-a-timetable", "2023-02-23",  # Nigeria, a Thursday
     "Nigerians go to the polls on Saturday to elect a new president.", "Saturday", "2023-02-25"),
    ("travels-in-the-present-is-a-timetable", "2023-02-23",  # Ethiopia, a Thursday
     "The prime minister travels to Nairobi on Monday for talks on the dam.", "Monday", "2023-02-27"),
    ("meant-to-go-to-the-polls-is-no-timetable", "2012-02-21",  # Guinea
     "The country was meant to go to the polls in late December.", "late December", "2011-12"),
    ("date-right-after-is-lies-ahead", "2023-09-14",  # Ghana, a Thursday
     "The deadline for filing nominations is Friday.", "Friday", "2023-09-15"),
    ("month-right-after-is-in-lies-ahead", "2023-09-14",  # Poland
     "The election is in March, the commission confirmed.", "March", "2024-03"),
    ("possessive-weekday-then-a-past-verb", "2023-02-23",  # Nigeria, a Thursday
     "Officials said turnout in Sunday's governorship vote was low.", "Sunday", "2023-02-19"),
    ("have-until-a-weekday-is-a-deadline-ahead", "2023-02-23",  # Kenya, a Thursday
     "The electoral authorities have until Friday to respond to the petition.", "Friday", "2023-02-24"),
    ("has-been-set-for-is-a-standing-plan", "2023-02-23",  # Uganda, a Thursday
     "A fresh hearing has been set for Monday, the registrar said.", "Monday", "2023-02-27"),
    ("had-been-set-for-is-a-past-plan", "2023-02-23",  # Uganda, a Thursday
     "The hearing had been set for Monday before the judge fell ill.", "Monday", "2023-02-20"),
    ("bare-month-after-a-plans-for", "2023-02-23",  # Zambia
     "The by-election for the Kabwata seat is slated for April.", "April", "2023-04"),
    ("quoted-today-is-the-day-spoken", "2019-03-12",  # Mali, a Tuesday
     "Mali will hold its legislative elections in June, the minister of territorial administration told AFP"
     " Monday.\n\n“The lists are being revised, but today, the commission is ready,” said Boubacar Traore.",
     "today", "2019-03-11"),
    ("quoted-tomorrow-counts-from-the-interview-day", "2021-06-16",  # Guatemala, a Wednesday
     "In a radio interview on Tuesday evening, opposition candidate Jorge Salazar said the count was being"
     " manipulated.\n\n“We will not accept this result, and tomorrow our people will march to the tribunal,”"
     " he said.", "tomorrow", "2021-06-16"),
    ("quoted-today-after-the-reporters-today", "2022-03-11",  # Solomon Islands
     "Yesterday afternoon, the speaker adjourned parliament until further notice.\n\nA petition is expected"
     " to be filed in the high court today.\n\n“We are living today with the effects of the cyclone,” said"
     " chief Tom Kalo.", "today", "2022-03-11"),
    ("preparations-for-point-ahead", "2019-02-13",  # Nigeria, a Wednesday
     "The commission completed its preparations for Saturday's presidential poll.", "Saturday", "2019-02-16"),
    ("passed-plan-for-a-bare-month-is-nearest", "2016-08-02",  # Gabon
     "The debate, originally scheduled for September, was brought forward by a week.", "September", "2016-09"),
    ("coordinated-day-before-for", "2014-06-20",  # Tanzania
     "The magistrate set July 2 and 9 for the hearing of the bail application.", "9", "2014-07-09"),
    ("present-passive-expected-points-ahead", "2021-08-13",  # Zambia, a Friday
     "Final results are not expected until Monday, the commission said.", "Monday", "2021-08-16"),
    ("is-expected-in-a-month-points-ahead", "2023-12-05",  # Senegal
     "A verdict in the defamation case is expected in March.", "March", "2024-03"),
    ("weekday-next-week-from-a-sunday", "2019-03-10",  # Bahrain, a Sunday
     "The council will open its new session on Wednesday next week, the speaker said.",
     "Wednesday next week", "2019-03-20"),
    ("weekday-next-week-from-a-friday", "2019-03-08",  # Jordan, a Friday
     "The council will open its new session on Wednesday next week, the speaker said.",
     "Wednesday next week", "2019-03-13"),
    ("quoted-future-day-that-passed-days-ago", "2016-06-07",  # Peru
     "The candidate had urged calm. “On June 5, the people will decide,” she told supporters in Lima.",
     "June 5", "2016-06-05"),
    ("agreed-to-points-ahead", "2019-05-30",  # Israel
     "The parliament agreed to hold a new election on Sept. 17, the speaker announced.", "Sept. 17", "2019-09-17"),
    ("decided-to-points-ahead", "2020-01-15",  # Pakistan, a Wednesday
     "The judges decided to hear the petition on Friday.", "Friday", "2020-01-17"),
    ("group-named-after-a-day-is-no-date", "2014-05-19",  # Lebanon
     "Talks between the March 8 camp and the ruling bloc stalled on Monday.", "March 8", None),
    ("group-named-after-a-day-first-is-no-date", "2011-02-20",  # Lebanon
     "Leaders of the 14 March alliance met in Beirut on Sunday.", "14 March", None),
    ("governing-past-verb-keeps-a-far-past-day", "2019-11-20",  # Moldova
     "The country adopted its new electoral code on Jan. 15, and observers have praised it since.",
     "Jan. 15", "2019-01-15"),
    ("past-verb-before-a-dated-noun-keeps-the-past", "2020-11-25",  # Malawi
     "The appeal court endorsed the February 3 ruling that annulled the presidential vote.",
     "February 3", "2020-02-03"),
    ("said-before-a-dated-noun-stays-nearest", "2020-11-10",  # Ghana
     "The commission chair said the December 7 polls would be free and fair.", "December 7", "2020-12-07"),
    ("alternative-year-keeps-the-month", "2021-08-20",  # Haiti
     "Lawyers disagree on whether the mandate ends in February 2021 or 2022.", "2022", "2022-02"),
    ("alternative-count-after-a-month-year-is-no-date", "2021-08-20",  # Haiti
     "The fund was set up in March 2020 or 2000 families would have lost their homes.", "2000", None),
    ("quoted-days-ago-count-from-the-day-spoken", "2019-03-12",  # Tanzania, a Tuesday
     "The opposition leader spoke to reporters in Arusha on Monday.\n\n“We filed our notice three days ago and"
     " nobody answered,” he said.", "three days ago", "2019-03-08"),
    ("last-weekday-the-day-before-is-a-week-back", "2022-05-18",  # Kenya, a Wednesday
     "Eleven protesters were arrested in Nakuru last Tuesday and charged on Friday.", "last Tuesday", "2022-05-10"),
    ("last-weekday-two-days-back", "2022-05-18",  # Kenya, a Wednesday
     "Eleven protesters were arrested in Nakuru last Monday.", "last Monday", "2022-05-16"),
    ("month-day-then-last-is-the-latest-past", "2019-09-02",  # Guyana
     "The opposition says the motion of December 21, last, still binds the cabinet.", "December 21, last", "2018-12-21"),
    ("month-day-then-last-year-is-no-bare-last", "2019-09-02",  # Trinidad and Tobago
     "The commission met on March 3 last year and again in May.", "March 3 last year", "2018-03-03"),
    ("christmas-after-a-preposition-is-the-day", "2024-11-11",  # Austria
     "The chancellor wants the new budget passed before Christmas, his spokesman said.", "Christmas", "2024-12-25"),
    ("christmas-before-a-noun-is-no-day", "2024-11-11",  # Austria
     "Parliament will not sit until Christmas recess ends, the speaker said.", "Christmas", None),
    ("in-order-to-points-ahead", "2024-11-11",  # Germany
     "The chancellor dissolved the coalition in order to hold a snap election in March.", "March", "2025-03"),
    ("plan-adjective-before-a-month-and-event", "1991-06-13",  # Poland
     "The veto threatens the scheduled October date of the first free parliamentary elections.", "October", "1991-10"),
    ("proposed-month-event-is-nearest", "2023-09-20",  # Peru
     "Parties in Congress remain split over the proposed December vote.", "December", "2023-12"),
    ("a-year-ago-is-a-round-span", "2021-04-12",  # Poland
     "The tribunal struck down the abortion law a year ago, and protests have not stopped.", "a year ago", None),
    ("counted-years-ago-is-a-year", "2021-04-12",  # Poland
     "The tribunal struck down the abortion law two years ago.", "two years ago", "2019"),
    ("it-is-now-a-month", "2023-06-21",  # Samoa
     "“The seats have been empty since February, and it is now June,” the opposition leader said.", "June", "2023-06"),
    ("plan-weekday-is-the-day-named-before", "2021-08-11",  # India, a Wednesday
     "The bench listed the petitions for August 16.\n\nThe state had asked for a later date, but the bench fixed the"
     " hearing on Monday.", "Monday", "2021-08-16"),
    ("plan-weekday-with-no-day-named-is-nearest", "2021-08-11",  # India, a Wednesday
     "The state had asked for a later date, but the bench fixed the hearing on Monday.", "Monday", "2021-08-09"),
    ("day-before-coalition-forces-is-a-date", "2003-03-25",  # Iraq
     "On March 20 coalition forces crossed the border from Kuwait.", "March 20", "2003-03-20"),
    ("past-verb-before-a-dated-vote-stays-nearest", "2020-10-20",  # Ghana
     "Parliament approved the December 7 vote after a long debate.", "December 7", "2020-12-07"),
    ("is-now-before-a-name-is-no-month", "2023-06-21",  # Sierra Leone
     "The party's chairwoman is now June Kamara, a former minister.", "June", None),
    ("since-christmas-is-the-one-passed", "2024-11-11",  # Austria
     "The coalition has been in trouble since Christmas, party officials said.", "Christmas", "2023-12-25"),
    ("that-day-of-a-vote-is-the-vote-day", "2019-05-30",  # Israel
     "The parliament agreed to hold a new election on Sept. 17.\n\nThe cabinet on Thursday asked the committee to"
     " organise the vote on that day.", "that day", "2019-09-17"),
    ("that-day-with-no-vote-is-the-last-day", "2019-05-30",  # Israel
     "The parliament agreed to hold a new election on Sept. 17.\n\nThe cabinet met on Thursday and the minister"
     " resigned that day.", "that day", "2019-05-30"),
    ("attributive-weekday-ignores-a-far-intention", "2024-08-07",  # Zambia, a Wednesday
     "The minister has promised to table a statement explaining the Monday arrest of two MPs.", "Monday", "2024-08-05"),
    ("attributive-weekday-keeps-a-near-future", "2024-08-07",  # Zambia, a Wednesday
     "The minister has promised that he will attend the Friday meeting with MPs.", "Friday", "2024-08-09"),
    ('every_tuesday_and_thursday_second_day_is_no_date', '2024-07-19', 'Activists hold rallies every Tuesday and Thursday in central Nairobi.', 'Thursday', None),
    ('every_friday_and_saturday_second_day_is_no_date', '2019-03-07', 'Protesters gather every Friday and Saturday outside parliament in Amman.', 'Saturday', None),
    ('every_monday_then_on_thursday_is_a_date', '2019-03-07', 'The union strikes every Monday, and on Thursday it will march to parliament.', 'Thursday', '2019-03-07'),
    ('a_plan_leans_a_late_month_ahead', '2024-07-19', 'Activist groups are planning demonstrations through at least late August to force the president out.', 'late August', '2024-08'),
    ('preparing_leans_a_month_ahead', '2021-11-10', 'The opposition is preparing rallies in every province through January.', 'January', '2022-01'),
    ('a_plan_does_not_lean_a_month_far_back_ahead', '2024-07-19', 'Activists are planning protests like the ones in March.', 'March', '2024-03'),
    ('a_request_to_the_court_is_no_plan', '2018-12-26', 'The prime minister also submitted a request to the constitutional court on Nov. 29 to dismiss the speaker.', 'Nov. 29', '2018-11-29'),
    ('a_request_to_the_president_is_no_plan', '2021-06-20', 'The party sent a request to the president on June 14 asking for a meeting.', 'June 14', '2021-06-14'),
    ('a_request_to_hold_a_session_is_a_plan', '2021-06-08', 'The opposition filed a request to hold a session on Thursday.', 'Thursday', '2021-06-10'),
    ('setting_up_a_speech_for_a_weekday_looks_ahead', '2016-09-09', 'Premier Kathleen Wynne is proroguing the legislature, setting up a throne speech for Monday.', 'Monday', '2016-09-12'),
    ('setting_up_a_vote_for_a_weekday_looks_ahead', '2021-03-03', 'The speaker adjourned the session, setting up a final vote for Friday.', 'Friday', '2021-03-05'),
    ('if_on_a_weekday_looks_ahead', '2019-03-27', '“If on Monday the House is able to reach a majority view, that would help,” he said.', 'Monday', '2019-04-01'),
    ('if_by_a_weekday_looks_ahead', '2022-10-12', 'The union said that if by Friday no agreement was reached, its members would strike.', 'Friday', '2022-10-14'),
    ('if_before_a_past_date_keeps_the_past', '2008-12-23', 'He said if the December 7 polls had not ended in a runoff, the party would have won.', 'December 7', '2008-12-07'),
    ('a_dateline_day_and_month_in_capitals', '2018-08-10', 'WINDHOEK, 10 AUG (NAMPA) – Students marched on Wednesday.', '10 AUG', '2018-08-10'),
    ('a_dateline_day_month_year_in_capitals', '2020-12-14', 'APIA, SAMOA – 14 DECEMBER 2020: The Supreme Court ruled on the seats.', '14 DECEMBER 2020', '2020-12-14'),
    ('not_expected_until_a_weekday_looks_ahead', '2016-05-16', 'Final results were not expected until Tuesday, the commission said.', 'Tuesday', '2016-05-17'),
    ('not_expected_until_a_month_looks_ahead', '2019-10-02', 'A verdict was not expected until December, lawyers said.', 'December', '2019-12'),
    # (fifty-sixth round: read in t1997-t2036)
    ('a_legal_day_of_a_month_and_year_in_the_caribbean', '2020-06-10', 'The declaration was filed on the 29th day of May, 2020 in the High Court.', '29th day of May, 2020', '2020-05-29'),
    ('a_legal_day_of_a_month_in_southern_africa', '2021-08-20', 'The notice was signed on the 16th day of August by the registrar.', '16th day of August', '2021-08-16'),
    ('last_evening_is_the_day_before_in_guyana', '2019-07-14', 'The commissioners said in a joint statement last evening that the ruling must be obeyed.', 'last evening', '2019-07-13'),
    ('last_evening_is_the_day_before_in_jamaica', '2024-03-20', 'The Opposition Leader told a rally last evening that the party was ready.', 'last evening', '2024-03-19'),
    # (fifty-seventh round: read in t2037-t2076)
    ('figures_day_first_with_slashes_in_zimbabwe', '2023-07-06', 'There will be a State occasion on 05/07/23 at the clinic, the police wrote.', '05/07/23', '2023-07-05'),
    ('figures_day_first_with_dots_in_azerbaijan', '2019-11-14', 'The court sentenced the editor on 13.11.19 to five years.', '13.11.19', '2019-11-13'),
    ('figures_with_a_full_year_in_central_asia', '2022-09-07', 'The ministers met in Dushanbe on 06.09.2022 to sign the protocol.', '06.09.2022', '2022-09-06'),
    ('figures_month_first_in_american_style', '2023-07-06', 'The rally was held on 7/4/2023 in the capital.', '7/4/2023', '2023-07-04'),
    ('a_summons_moved_to_a_weekday_is_ahead_in_zambia', '2020-12-17', 'The opposition leader said his police callout has now been moved to Wednesday at the headquarters.', 'Wednesday', '2020-12-23'),
    ('snap_elections_on_a_day_announced_in_the_past_in_nepal', '2021-07-13', 'The president dissolved the house in May and announced snap elections on November 12 and November 19.', 'November 19', '2021-11-19'),
    ('elections_on_a_day_month_announced_in_the_past', '2021-07-13', 'The commission set elections on 12 November.', '12 November', '2021-11-12'),
    ('a_motion_for_a_weekday_still_on_file_in_the_pacific', '2011-11-22', 'The motion of no confidence for Friday is still on file, the clerk said.', 'Friday', '2011-11-25'),
    ('agreed_at_a_meeting_to_act_on_a_weekday_in_japan', '2021-06-14', 'Four opposition parties agreed at a meeting Monday to submit a no-confidence motion against the cabinet on Tuesday.', 'Tuesday', '2021-06-15'),
    # (fifty-eighth round: read in t2077-t2116)
    ('an_adjective_between_article_and_event_month_in_tonga', '2017-12-01', 'The result came off a comprehensive November election victory for the party.', 'November', '2017-11'),
    ('a_year_after_and_then_as_in_latvia', '2010-10-04', 'The economy shrank a cumulative 25 per cent in 2008 and 2009 as a property boom turned to bust.', '2009', '2009'),
    ('a_present_condition_on_a_weekday_is_ahead_in_portugal', '2021-10-26', 'The premier said that if the budget clears the first hurdle on Wednesday there will be more time for talks.', 'Wednesday', '2021-10-27'),
    ('could_be_debated_on_a_weekday_is_ahead_in_peru', '2023-01-28', 'A request for reconsideration was submitted, which could be debated on Monday.', 'Monday', '2023-01-30'),
    ('could_not_be_reached_on_a_weekday_stays_past', '2023-01-28', 'The minister could not be reached on Monday.', 'Monday', '2023-01-23'),
    # (sixtieth round: read in t2157-t2196)
    ('hoped_to_convene_on_a_weekday_is_the_nearest_in_estonia', '2019-08-23', 'Reform had initially hoped to convene the Riigikogu on Monday, but this date did not work for all MPs.', 'Monday', '2019-08-26'),
    ('wanted_to_hold_on_a_weekday_is_the_nearest_even_behind', '2019-08-22', 'The party had wanted to hold the sitting on Tuesday, but the speaker refused.', 'Tuesday', '2019-08-20'),
    ('sought_a_deal_to_convene_on_a_weekday_is_ahead_in_japan', '2003-06-19', 'The ruling parties had sought an agreement with the opposition to convene a plenary session on Friday.', 'Friday', '2003-06-20'),
    ('to_convene_within_days_from_a_weekday_stays_past_in_samoa', '2021-07-03', 'The court also ordered Parliament to convene within seven days from Monday.', 'Monday', '2021-06-28'),
    # (sixty-first round: read in t2197-t2236)
    ('will_be_finalised_and_signed_in_a_month_is_ahead_in_rwanda', '2025-05-06', 'The draft agreement will be finalised and signed at the White House in June.', 'June', '2025-06'),
    ('was_debated_and_passed_in_a_month_stays_past', '2025-05-06', 'The bill was debated and passed in June.', 'June', '2024-06'),
    ('a_truce_could_start_as_of_a_weekday_is_ahead_in_yemen', '2015-05-10', 'Kerry said the truce could start as of Tuesday.', 'Tuesday', '2015-05-12'),
    ('could_not_start_on_a_weekday_stays_past', '2015-05-10', 'The talks could not start on Tuesday.', 'Tuesday', '2015-05-05'),
]


def test_first_words_of_an_untyped_name_are_no_person() -> None:
    """"Solomon Islands" after "the Solomon Islands First deputy leader" is the party's first
    words, not a person's name, so a later "he" cannot take it for one (New Zealand)."""
    text = "The Solomon Islands First deputy leader Jane Tova met voters.\n\nSolomon Islands voters were angry."
    found = [m.actor_type for m in parse_text(text, date="2024-02-19").mentions if m.text == "Solomon Islands"]
    assert found == [None]


def test_every_weekday_is_no_date() -> None:
    """"Every Monday there will be a strike": a recurring set, not a date (Kenya)."""
    found = [t.text for t in parse_text("Every Monday there will be a strike.", date="2023-03-20").timexes
             if t.paragraph > 0]
    assert found == []


def test_the_last_night_of_an_event_is_no_date() -> None:
    """"the last night of the festival" ranks a night; it is not "last night" (Scotland)."""
    found = [t.text for t in parse_text("Crowds gathered on the last night of the festival.", date="2014-08-25").timexes
             if t.paragraph > 0]
    assert found == []


def test_comma_then_to_before_a_count_is_no_range() -> None:
    """"On May 17, to 20 people": the count after "to" does not make a range (Zimbabwe)."""
    found = [t.text for t in parse_text("On May 17, to 20 people were hurt.", date="2023-06-02").timexes
             if t.paragraph > 0]
    assert found == ["May 17"]


def test_election_day_with_no_dated_vote_is_no_date() -> None:
    """"election day" in lower case and not after "on", or with no dated vote before it, is no date (Nigeria)."""
    text = "The timetable ends with election day proper. Shops will close on Election Day."
    found = [t.text for t in parse_text(text, date="2022-09-28").timexes if t.paragraph > 0]
    assert found == []


def test_count_after_into_is_no_year() -> None:
    """"into 2000 homes" is a count (Kenya)."""
    found = [t.text for t in parse_text("The agency put solar panels into 2000 homes.", date="2021-12-28").timexes
             if t.paragraph > 0]
    assert found == []


def test_ordinal_before_a_noun_is_no_day() -> None:
    """"on the 15th anniversary" counts years; it is not a day of the month (Kenya)."""
    found = [t.text for t in parse_text("Crowds gathered on the 15th anniversary of the coup.", date="2022-03-10").timexes
             if t.paragraph > 0]
    assert found == []


def test_for_before_a_month_name_without_a_plan_is_no_date() -> None:
    """"will vote for March candidates": "for" is no plan's "for" (United Kingdom)."""
    found = [t.text for t in parse_text("Delegates will vote for March candidates.", date="2023-02-23").timexes
             if t.paragraph > 0]
    assert found == []


def test_approximate_or_weekly_ago_is_no_date() -> None:
    """"more than 50 years ago" and "three weeks ago" have no calendar value (Malaysia)."""
    text = "The coalition has ruled for more than 50 years. It won power over 40 years ago. He quit three weeks ago."
    found = [t.text for t in parse_text(text, date="2008-02-13").timexes if t.paragraph > 0]
    assert found == []


def test_ordinal_month_of_something_else_is_no_date() -> None:
    """"the third month of the strike" counts the strike's months, not the calendar's (Ghana)."""
    text = "Teachers are now in the third month of the strike. It is the second month running without pay."
    found = [t.text for t in parse_text(text, date="2021-09-10").timexes if t.paragraph > 0]
    assert found == []


def test_count_after_and_is_no_year() -> None:
    """"and 2000 soldiers" is a count even after a year (Sri Lanka)."""
    text = "In 2019, 300 police officers and 2000 soldiers were deployed."
    found = [t.text for t in parse_text(text, date="2021-01-10").timexes if t.paragraph > 0]
    assert found == ["2019"]


@pytest.mark.parametrize("case", SPEAKERS, ids=lambda c: c[0])
def test_probe_speakers(case: tuple) -> None:
    _, date, text, expected = case
    quotes = {q.text: q.speaker for q in parse_text(text, date=date).quotes if q.kind == "direct"}
    for content, speaker in expected:
        assert content in quotes, f"{content!r} not found among {list(quotes)}"
        assert quotes[content] == speaker, f"{content!r}: speaker {quotes[content]!r}, want {speaker!r}"


@pytest.mark.parametrize("case", DATES, ids=lambda c: c[0])
def test_probe_dates(case: tuple) -> None:
    _, date, text, expression, value = case
    found = {t.text: t.value for t in parse_text(text, date=date).timexes if t.paragraph > 0}
    assert found.get(expression) == value, f"{expression!r}: got {found}"


def test_the_outlet_in_the_header_never_speaks() -> None:
    """The header names the outlet and the place: neither is "a former minister" nor "he" (Samoa)."""
    text = (" date 2021-04-10 Island Pacific Report, APIA\n\nA former minister says voters are relieved.\n\n"
            "Tavita Leota, the council chair, told RNZ Pacific on Friday he felt relieved.\n\n"
            "“It was a calm and orderly day,” he said.")
    quotes = parse_text(text).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("reported", None), ("reported", "Tavita Leota"),
                                                       ("direct", "Tavita Leota")]


def test_a_short_mark_that_names_is_no_quotation() -> None:
    """Capitalised words in marks are a name or a slogan, and "so-called", "dubbed", "known
    as" present a term: none is anyone's words (Thailand, Uganda, Germany)."""
    for text in ("Protesters joined the “Wake-Up Uganda” rally in Kampala.",
                 "The so-called “special fund” was closed by the new government.",
                 "The talks, dubbed “shuttle diplomacy”, resumed in Berlin.",
                 "The group known as “men in black” was blamed for the clashes."):
        assert [q.text for q in parse_text(text, date="2020-01-01").quotes if q.kind == "direct"] == [], text


def test_a_weekday_surname_opening_a_sentence_is_no_date() -> None:
    """A surname that is a weekday, opening a sentence before a verb of speech, of a person the
    story names in full, is no date; with no such person it stays a date (St Vincent)."""
    named = "Opposition Leader Godwin Friday spoke in Kingstown.\n\nFriday blasted the ruling party."
    assert [t.text for t in parse_text(named, date="2017-07-06").timexes if t.paragraph > 0] == []
    unnamed = "The court ruled on the petition.\n\nFriday welcomed the ruling with a rally."
    assert [t.text for t in parse_text(unnamed, date="2017-07-06").timexes if t.paragraph > 0] == ["Friday"]


def test_a_group_where_it_stands_keeps_the_cue() -> None:
    """A plural role with a place ("Protesters in Lima") is a group where it stands: no one named,
    and the participle that frames its words stays the cue (Peru, Kenya)."""
    for text in ("Protesters in Lima shouted at the lawmakers, chanting “out with the corrupt”.",
                 "Demonstrators outside parliament waved flags, chanting “no to the bill”."):
        quotes = [q for q in parse_text(text, date="2020-01-01").quotes if q.kind == "direct"]
        assert [(q.speaker, q.cue) for q in quotes] == [(None, "chanting")], text


def test_a_weekday_surname_with_an_age_or_opening_a_sentence_is_no_date() -> None:
    """A weekday that is a surname: with an age in apposition ("Friday, 66, who …"), or opening
    the sentence after a given name and before its verb ("Goodwin Friday is set to …"); "Last
    Friday was …" stays a date (St Vincent, Nigeria)."""
    for text in ("Goodwin Friday is set to become prime minister.", "Friday, 66, who holds a doctorate, led the party.",
                 "Adaeze Sunday was sworn in as governor."):
        assert [t.text for t in parse_text(text, date="2025-11-20").timexes if t.paragraph > 0] == [], text
    assert [t.text for t in parse_text("Last Friday was calm.", date="2025-11-20").timexes if t.paragraph > 0] == ["Last Friday"]


def test_a_programme_title_ending_in_today_is_no_date() -> None:
    """"on Channels Television, “Politics Today”", "told USA Today": the last word of a title, not a
    day; "“Today we vote,” he said" still is one (Nigeria)."""
    for text in ("Bello spoke on a programme on Channels Television, “Politics Today”, on Friday.",
                 "In an interview on Channels Television’s ‘Politics Today’ on Friday night, he spoke.",
                 "He told USA Today on Friday that the vote was fair."):
        found = [t.text for t in parse_text(text, date="2020-06-26").timexes if t.paragraph > 0]
        assert found == ["Friday"], text
    found = [(t.text, t.value) for t in parse_text("“We are here. Today we vote,” he said.", date="2020-06-26").timexes
             if t.paragraph > 0]
    assert found == [("Today", "2020-06-26")]
