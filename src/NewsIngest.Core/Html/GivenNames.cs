namespace NewsIngest.Core.Html;

/// <summary>
/// Common given names of the languages the corpus is written in (English, German, French, Spanish, Italian, Dutch,
/// Nordic, Slavic, Turkish, Arabic and others, as people there write them in Latin letters). Used where nothing but
/// the first word tells a person from a brand: a personal site names itself "Ann Lee", a shop "Royal Road".
/// Compared without case or accents ("Andre" is "André").
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Names = new(
        (
        "Aad Aaliyah Aaron Abby Abigail Achim Ada Adam Adele Adelheid Adolf Adolfo Adrian Adriana Adriano Adrienne Adèle "
        + "Agathe Agnes Agnieszka Agnès Agustín Ahmed Ahmet Aidan Aileen Aimé Aisha Akira Alain Alan Alana Albane Albert "
        + "Alberta Alberto Alec Alejandra Alejandro Aleksander Aleksandra Alessandra Alessandro Alex Alexa Alexander "
        + "Alexandra Alexandre Alexei Alexis Alfonso Alfred Alfredo Ali Alice Alicia Aline Alison Allan Allen Allison Alma "
        + "Alois Alvin Amanda Amandine Amber Amelia Amir Amos Amy Amélie Ana Anastasia Anaïs Anders Andrea Andreas Andrei "
        + "Andrew Andrzej André Andrés Andy Anette Angela Angelina Angie Angus Anil Anita Anja Anke Ann Anna Anne Anne- "
        + "Marie Annegret Anneke Annelie Annette Annick Annie Annika Anthony Antje Antoine Antonia Antonio Antony Antti Anu "
        + "April Archie Ari Arjun Armando Armin Arnaud Arne Arnold Arthur Arturo Ashley Astrid Audrey Aurélie Aurélien "
        + "Austin Ava Axel Aylin Ayşe Baptiste Barbara Barry Bart Bartosz Bas Bastian Bastien Beata Beate Beatrice Beatriz "
        + "Becky Ben Benedikt Benjamin Benno Benoît Bernadette Bernard Bernd Bernhard Bernice Beth Bethany Bettina Betty "
        + "Beverly Bianca Bill Billy Birgit Birgitta Björn Bjørn Blair Blake Bob Bobby Bodo Bonnie Boris Boyd Brad Bradley "
        + "Bram Brandon Brenda Brendan Brett Brian Brianna Bridget Brigitte Britt Britta Brittany Brooke Bruce Bruna Bruno "
        + "Bryan Bryce Bryony Burak Burkhard Caitlin Caleb Calum Calvin Cameron Camila Camilla Camille Carina Carl Carla "
        + "Carlos Carmen Carol Carole Carolina Caroline Carolyn Carrie Carsten Casey Catalina Catherine Cathy Cecilia Cees "
        + "Celia Cem Chad Chantal Charles Charlie Charlotte Chelsea Cheryl Chloe Chris Christa Christelle Christian "
        + "Christiane Christina Christine Christof Christoph Christophe Christopher Ciara Cindy Claire Clara Clarence "
        + "Claude Claudia Claudio Claus Clifford Clint Clyde Clément Cody Colette Colin Colleen Connie Connor Conrad "
        + "Constance Corey Corinne Cornelia Cornelius Courtney Craig Cristian Cristina Crystal Curtis Cynthia Cyril Cyrus "
        + "Cécile Céline Daan Dagmar Daisy Dale Damian Damien Dan Dana Daniel Daniela Danielle Danièle Danny Dara Dario "
        + "Dariusz Darren David Dawn Dean Deborah Debra Declan Deepak Delia Delphine Denis Denise Deniz Dennis Derek Detlef "
        + "Diana Diane Dianne Didier Diego Dieter Dietmar Dietrich Dirk Dmitri Dmitry Dolores Dominik Dominique Don Donald "
        + "Donna Doris Dorota Dorothea Dorothy Doug Douglas Dragan Duncan Dustin Dylan Eamon Earl Eddie Edeltraud Edgar "
        + "Edith Edmund Edna Eduardo Edward Edwin Eelco Eero Egon Eileen Ekaterina Ekkehard Elaine Eleanor Elena Elfriede "
        + "Elias Elif Elijah Eliza Elizabeth Elke Ella Ellen Ellie Elliot Elmar Elsa Elsie Emil Emilio Emily Emine Emma "
        + "Emmanuel Emmanuelle Emre Enrique Eric Erica Erich Erik Erika Erin Ernest Ernesto Ernst Erwin Esteban Esther "
        + "Ethan Eugen Eugene Eva Evan Eve Evelyn Everardo Ewa Ewald Ezra Fabian Fabien Fabienne Fabrice Falk Farid Fatima "
        + "Fatma Faye Federico Felicity Felipe Felix Femke Ferdinand Fernanda Fernando Finn Fiona Floor Flora Florence "
        + "Florent Florian Frances Francesca Francesco Francis Francisco Frank Franklin Franz Franziska François Françoise "
        + "Fraser Fred Frederick Freja Freya Frieda Friedrich Fritz Frédéric Frédérique Gabriel Gabriela Gabriele Gabrielle "
        + "Gail Gary Gavin Gaël Gaëlle Geert Gemma Gene Geneviève Geoffrey George Georges Georgia Georgina Gerald Geraldine "
        + "Gerardo Gerd Gerhard Gerlinde Gernot Gero Gerrit Gertrud Ghislaine Giacomo Gianluca Gianni Gideon Gilbert Gilles "
        + "Gillian Gina Giorgio Giovanna Giovanni Gisela Giulia Giuliana Giulio Giuseppe Glen Glenn Gloria Gonzalo Goran "
        + "Gordon Gottfried Grace Graham Greg Gregor Gregory Greta Grzegorz Guadalupe Gudrun Guido Guillaume Guillermo "
        + "Gunnar Gunter Gustavo Guy Gwen Gérard Günter Günther Hailey Hakan Halina Hamish Hanna Hannah Hanne Hannelore "
        + "Hannes Hans Hansjörg Harald Harold Harper Harriet Harry Hartmut Harvey Hasan Hassan Hayley Hazel Heather Heidi "
        + "Heike Heiko Heinrich Heinz Helen Helga Helmut Helmuth Hendrik Henk Henning Henri Henrik Henry Herbert Hermann "
        + "Hervé Hilde Hildegard Hiroshi Holger Holly Horst Howard Hubert Hugh Hugo Hugues Hunter Héctor Hélène Hüseyin Ian "
        + "Ida Ignacio Igor Ilse Imogen Ina Ines Inga Inge Ingeborg Ingo Ingrid Inés Iona Irena Irene Irina Iris Irmgard "
        + "Isaac Isabel Isabell Isabella Isabelle Isla Ivan Ivo Ivy Jacek Jack Jackie Jacob Jacqueline Jacques Jade Jadwiga "
        + "Jaime Jake Jakub James Jamie Jan Jana Jane Janet Janice Jannik Janusz Jared Jaroslav Jasmine Jason Jasper Javier "
        + "Jay Jean Jean-Claude Jean-François Jean-Luc Jean-Marc Jean-Pierre Jeanne Jeff Jeffrey Jenna Jennifer Jenny Jens "
        + "Jeremy Jerome Jerry Jerzy Jesper Jesse Jessica Jessie Jesús Jill Jim Jimmy Jiří Joachim Joan Joanna Joanne "
        + "Joaquín Jocelyn Jochen Jodie Joe Joel Joey Johan Johann Johanna Johannes John Johnny Jon Jonah Jonas Jonathan "
        + "Joost Jordan Jorge Joris Josef Josefina Joseph Josephine Josette Josh Joshua José Joy Joyce Joël Juan Juana "
        + "Judith Judy Juha Jukka Jules Julia Julian Julie Julien Juliette Julio Justin Jutta Jérôme Józef Jörg Jürgen Kai "
        + "Kamil Kara Karen Kari Karim Karin Karl Karolina Karsten Katarzyna Kate Katharina Katherine Kathleen Kathrin "
        + "Kathryn Kathy Katie Katja Katrin Kay Kees Keira Keith Kelly Kemal Ken Kenji Kenneth Kerry Kerstin Kevin Khaled "
        + "Kieran Kim Kimberly Kirsty Kjell Klaus Koen Konrad Konstantin Kristina Krzysztof Kurt Kyle Lachlan Laetitia "
        + "Lance Lara Larry Lars Lasse Laura Lauren Laurence Laurent Lawrence Layla Leah Lee Leif Leila Lena Lennart Leo "
        + "Leonard Leonardo Leonie Leslie Leszek Liam Lieke Lila Lillian Lily Lina Linda Lindsay Linnea Lionel Lisa Liz "
        + "Logan Lois Lola Lorena Lorenzo Lori Lorna Lothar Louis Louise Luc Lucas Luciana Luciano Lucie Lucy Lucía Ludovic "
        + "Luis Luisa Lukas Luke Luna Lutz Luuk Lydia Lynn Léa Léon Maarten Mabel Madeleine Madeline Madison Magdalena "
        + "Maggie Magnus Mahmoud Maik Malcolm Malin Mandy Manfred Manon Manuel Manuela Mara Marc Marcel Marcela Marcelo "
        + "Marcin Marco Marcos Marcus Mareike Marek Margaret Margarita Marguerite Maria Marian Mariana Marianne Marie "
        + "Marijke Marika Marilyn Marine Mario Marion Marisa Marius Mariusz Mark Markus Marlene Marta Martha Martijn Martin "
        + "Martina Martine Martín Marvin Mary María Mateo Mathias Mathieu Mathilde Mats Matt Matteo Matthew Matthias "
        + "Maureen Maurice Mauricio Max Maxime Maximilian Maya Małgorzata Megan Mehmet Meike Melanie Melissa Melvin "
        + "Mercedes Merel Mette Mia Michael Michaela Michał Michel Michelle Michèle Miguel Mihai Mikael Mike Mikhail Mikko "
        + "Mila Milan Mildred Miles Milo Mira Mireille Mirko Miroslav Mitchell Mohamed Mohammed Molly Monica Monika Monique "
        + "Morgan Morgane Moritz Morten Murat Murielle Mustafa Mónica Nadia Nadine Nadège Nancy Naomi Natalia Natalie "
        + "Nathalie Nathan Nathaniel Necla Neil Nell Nicholas Nick Nico Nicola Nicolas Nicole Nicolás Niels Niklas Nikolai "
        + "Nils Nina Noah Nolan Nora Norbert Norma Norman Nova Noël Oksana Olaf Ole Olga Oliver Olivia Olivier Omar Orhan "
        + "Oscar Otis Otto Owen Pablo Paige Pamela Paola Pascal Pascale Pat Patrice Patricia Patrick Paul Paula Pauline "
        + "Pavel Paweł Pearl Pedro Peggy Pekka Penny Peter Petr Petra Phil Philip Philipp Phillip Phyllis Pia Pierre Pieter "
        + "Pilar Piotr Poppy Priya Quentin Quinn Rachel Rafael Rafał Rahul Rainer Raj Ralf Ralph Rami Randall Randy Raphaël "
        + "Rasmus Ravi Ray Raymond Raúl Rebecca Recep Regina Reinhard Reinhold Renate Renaud Rene Renee René Reuben Rhonda "
        + "Rhys Ricardo Richard Rick Ricky Rita Rob Robert Roberta Roberto Robin Rocío Rodney Rodrigo Roel Roger Roland "
        + "Rolf Romain Romy Ron Ronald Rory Rosa Rosario Rose Rosemarie Rosemary Rosie Ross Rowan Roy Ruby Rudolf Rufus "
        + "Russell Ruth Ruud Ryan Ryszard Régis Rémi Rüdiger Sabine Sabrina Sally Salvador Sam Samantha Sami Samir Samuel "
        + "Sander Sandra Sanjay Sanne Santiago Sara Sarah Sascha Saskia Scott Sean Sebastian Selin Selma Serena Serge "
        + "Sergei Sergey Sergio Serkan Seth Shane Shannon Sharon Shawn Sheila Shirley Sidney Siegfried Sienna Sigrid Silas "
        + "Silke Silvia Simon Simona Simone Sofía Solène Sonja Sophia Sophie Stacy Stanisław Stanley Stefan Stefanie "
        + "Stefano Steffen Stella Stephanie Stephen Steve Steven Stig Stijn Stuart Stéphane Stéphanie Sue Sune Sunil Susan "
        + "Susana Susanne Suzanne Svea Sven Svenja Svetlana Swen Sylvain Sylvia Sylvie Sébastien Sören Tadeusz Takashi "
        + "Tammy Tanja Tanya Tara Tariq Tarık Tatiana Ted Teresa Terry Tessa Teun Thea Theo Theodore Theresa Thibault "
        + "Thierry Thijs Thilo Thomas Thorsten Thérèse Tiffany Tilman Tim Timo Timothy Tina Tobias Toby Todd Tom Tomasz "
        + "Tommy Tomás Tomáš Tony Torsten Tove Tracy Travis Trevor Trey Tristan Troy Tuomas Tyler Udo Ulf Ulla Ulrich "
        + "Ulrike Una Ursula Ute Uwe Valentina Valeria Valerie Valérie Vanessa Vasile Vera Veronica Vicente Vicki Victor "
        + "Victoria Vijay Viktor Viktoria Vincent Viola Virginia Virginie Vittorio Vladimir Volker Véronique Víctor Wade "
        + "Walter Waltraud Wanda Warren Wayne Wendy Werner Wesley Whitney Wiebke Wilfried Wilhelm Willa Willi William "
        + "Willie Wilma Wim Winfried Wojciech Wolf Wolfgang Wouter Xavier Yannick Yasmin Youssef Yuki Yuri Yusuf Yves "
        + "Yvette Yvonne Zachary Zane Zara Zbigniew Zdeněk Zeynep Zoe Zofia Zoran Álvaro Ángel Ángela Édouard Élise Élodie "
        + "Éléonore Émile Émilie Éric Étienne Óscar Özlem İbrahim Łukasz ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold),
        StringComparer.Ordinal);

    /// <summary>Whether the word is a common given name ("Gregory", "Jürgen", "Zofia").</summary>
    public static bool Contains(string word) => word.Length >= 2 && Names.Contains(Fold(word));

    /// <summary>The name folded as <see cref="AuthorNames.Folded"/> does, with the Latin letters no accent is split from ("ł", "ø", "ı") as their plain forms.</summary>
    private static string Fold(string word) =>
        AuthorNames.Folded(word).Replace('ł', 'l').Replace('ø', 'o').Replace('ı', 'i');
}
